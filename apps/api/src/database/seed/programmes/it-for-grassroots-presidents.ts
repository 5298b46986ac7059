import { type SeedCourse, type SeedModule, sumLessonMinutes } from './programme-content';

const modules: SeedModule[] = [
  {
    key: 'm1-digital-documents',
    titleVi: 'Soạn thảo văn bản trên máy tính và Google Tài liệu',
    titleEn: 'Writing documents in Word and Google Docs',
    lessons: [
      {
        key: 'l1-administrative-format',
        titleVi: 'Trình bày văn bản hành chính đúng thể thức trên Word',
        titleEn: 'Formatting administrative documents correctly in Word',
        estimatedMinutes: 12,
        completion: 'read_to_end',
        html: `
<p>Văn bản do Hội cơ sở ban hành như kế hoạch, thông báo, báo cáo, giấy mời cần được trình bày đúng thể thức. Văn bản của Hội thực hiện theo hướng dẫn về thể thức và kỹ thuật trình bày văn bản của Hội cấp trên, trên cơ sở các quy định chung về công tác văn thư (Nghị định 30/2020/NĐ-CP). Cách tốt nhất là <strong>giữ một tệp mẫu chuẩn</strong> nhận từ Hội cấp trên và dùng lại cho các văn bản sau.</p>
<h3>Những yêu cầu kỹ thuật chung</h3>
<table>
<thead>
<tr><th>Yếu tố</th><th>Yêu cầu thường áp dụng</th></tr>
</thead>
<tbody>
<tr><td>Khổ giấy</td><td>A4, trình bày theo chiều dọc</td></tr>
<tr><td>Phông chữ</td><td>Phông chữ tiếng Việt Unicode (thường dùng Times New Roman), màu đen</td></tr>
<tr><td>Cỡ chữ nội dung</td><td>Từ 13 đến 14</td></tr>
<tr><td>Lề trang</td><td>Trên và dưới 2–2,5 cm; trái 3–3,5 cm; phải 1,5–2 cm</td></tr>
<tr><td>Đầu đoạn</td><td>Lùi vào 1 cm hoặc 1,27 cm; căn đều hai bên</td></tr>
<tr><td>Ngày tháng</td><td>Ngày dưới 10 và tháng 1, 2 thêm số 0: “ngày 05 tháng 02 năm 2025”</td></tr>
</tbody>
</table>
<h3>Thiết lập nhanh trong Word</h3>
<ol>
<li><strong>Khổ giấy:</strong> thẻ Layout (Bố cục) → Size → chọn A4.</li>
<li><strong>Lề:</strong> Layout → Margins → Custom Margins, nhập lề trên 2 cm, dưới 2 cm, trái 3 cm, phải 1,5 cm.</li>
<li><strong>Phông chữ mặc định:</strong> thẻ Home, mở hộp thoại Font, chọn Times New Roman cỡ 14, bấm Set As Default để lần sau không phải chọn lại.</li>
<li><strong>Đoạn văn:</strong> mở hộp thoại Paragraph, đặt thụt đầu dòng 1 cm, khoảng cách giữa các đoạn 6 pt, giãn dòng từ dòng đơn đến 1,5 dòng.</li>
<li><strong>Gõ tiếng Việt:</strong> dùng bộ gõ với bảng mã Unicode (ví dụ kiểu gõ Telex), tránh lỗi phông khi gửi cho người khác.</li>
</ol>
<h3>Các thành phần chính của văn bản</h3>
<p>Tiêu đề phía trên (tên cơ quan ban hành bên trái; phần bên phải theo mẫu của Hội), số và ký hiệu văn bản, địa danh và ngày tháng, tên loại và trích yếu nội dung, nội dung, chức vụ và họ tên người ký, nơi nhận. Số văn bản lấy theo sổ đăng ký văn bản đi của đơn vị.</p>
<h3>Tình huống</h3>
<p>Hội xã gửi kế hoạch lên Hội huyện nhưng khi mở trên máy khác, chữ bị lỗi thành ký tự lạ vì soạn bằng phông chữ cũ không phải Unicode. Từ đó, cán bộ văn phòng đặt Times New Roman làm phông mặc định, dùng bộ gõ Unicode và xuất thêm bản PDF khi gửi đi.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Dùng tệp mẫu chuẩn của Hội cấp trên; phông Unicode, khổ A4, lề đúng.</li>
<li>Đặt mặc định một lần để lần sau không phải chỉnh lại.</li>
<li>Gửi văn bản chính thức kèm bản PDF để không bị lệch định dạng.</li>
</ul>
`,
      },
      {
        key: 'l2-google-docs',
        titleVi: 'Soạn thảo và góp ý chung trên Google Tài liệu',
        titleEn: 'Co-writing and commenting in Google Docs',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Google Tài liệu (Google Docs) cho phép nhiều người cùng soạn và góp ý một văn bản, trên máy tính hoặc trên điện thoại, mà không phải gửi đi gửi lại nhiều bản. Công cụ này rất phù hợp khi Ban Thường vụ Hội cơ sở cùng xây dựng dự thảo kế hoạch, báo cáo.</p>
<h3>Bắt đầu</h3>
<ol>
<li>Đăng nhập tài khoản Google (nên dùng tài khoản dành cho công việc của Hội).</li>
<li>Trên máy tính: vào Google Drive, chọn Mới → Google Tài liệu. Trên điện thoại: cài ứng dụng Google Tài liệu từ kho ứng dụng chính thức.</li>
<li>Đặt tên tệp rõ ràng, ví dụ “Dự thảo Kế hoạch hoạt động quý III – Hội LHPN xã Minh Tân”.</li>
<li>Có thể mở tệp Word có sẵn và lưu thành Google Tài liệu để soạn chung.</li>
</ol>
<h3>Chia sẻ và phân quyền</h3>
<p>Bấm nút Chia sẻ, nhập địa chỉ thư của từng người. Chọn quyền phù hợp: <em>Người xem</em>, <em>Người nhận xét</em> hoặc <em>Người chỉnh sửa</em>. Với dự thảo cần lấy ý kiến, nên cho quyền <strong>Người nhận xét</strong> để người soạn chính kiểm soát nội dung.</p>
<h3>Góp ý đúng cách</h3>
<ul>
<li><strong>Nhận xét:</strong> bôi đen đoạn văn, bấm biểu tượng nhận xét, ghi ý kiến. Có thể gắn tên người cần xem bằng cách gõ @ và địa chỉ thư của họ.</li>
<li><strong>Chế độ đề xuất:</strong> người chỉnh sửa chuyển sang chế độ Đề xuất; mọi thay đổi hiện màu để người soạn chính chấp nhận hoặc từ chối.</li>
<li><strong>Lịch sử phiên bản:</strong> xem lại ai đã sửa gì, khôi phục bản cũ khi cần.</li>
</ul>
<h3>Hoàn thiện và ban hành</h3>
<p>Khi nội dung đã thống nhất, tải về dạng Word để chỉnh thể thức theo mẫu của Hội, sau đó trình ký. Bản đã ký được quét hoặc xuất PDF để lưu và gửi đi. Không dùng đường link Google Tài liệu thay cho văn bản chính thức đã ký.</p>
<h3>Khi mạng yếu</h3>
<p>Trên máy tính có thể bật chế độ ngoại tuyến cho Google Tài liệu; trên điện thoại, đánh dấu tệp “có sẵn khi không có mạng”. Nội dung sẽ tự đồng bộ khi có mạng trở lại.</p>
<h3>Tình huống</h3>
<p>Trước đây, dự thảo báo cáo sáu tháng được in ra, chuyển tay cho năm đồng chí Ban Thường vụ góp ý, mất gần một tuần. Nay chị Chủ tịch chia sẻ Google Tài liệu với quyền nhận xét; sau hai ngày mọi ý kiến đã có đủ, hiện rõ ai góp ý gì.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Chia sẻ cho đúng người; dự thảo lấy ý kiến thì cấp quyền nhận xét.</li>
<li>Dùng nhận xét, chế độ đề xuất và lịch sử phiên bản.</li>
<li>Văn bản chính thức vẫn phải đúng thể thức, được ký và lưu bản PDF.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-notice',
        titleVi: 'Thực hành: Soạn giấy mời hội nghị của Hội cơ sở',
        titleEn: 'Practice: drafting a meeting invitation for the grassroots union',
        estimatedMinutes: 15,
        completion: 'marked_done',
        html: `
<p>Trong bài thực hành này, chị soạn một giấy mời dự hội nghị sơ kết công tác Hội sáu tháng đầu năm, gửi các chi hội trưởng và đại biểu. Chị có thể dùng Word trên máy tính hoặc Google Tài liệu trên điện thoại.</p>
<h3>Yêu cầu</h3>
<ol>
<li>Mở tệp mẫu văn bản của Hội (nếu có) hoặc thiết lập trang: khổ A4, lề trên 2 cm, dưới 2 cm, trái 3 cm, phải 1,5 cm, phông Times New Roman.</li>
<li>Trình bày phần đầu văn bản theo mẫu của Hội cấp trên: tên cơ quan ban hành, số và ký hiệu, địa danh và ngày tháng.</li>
<li>Tên loại “GIẤY MỜI” in hoa, đậm, căn giữa; dưới là trích yếu: “Dự hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm”.</li>
<li>Nội dung nêu đủ: kính gửi ai, nội dung hội nghị, thời gian (giờ, ngày), địa điểm, thành phần, tài liệu cần chuẩn bị, đầu mối liên hệ.</li>
<li>Phần ký: chức vụ người ký (ví dụ “TM. BAN CHẤP HÀNH” và “CHỦ TỊCH”), họ tên; phần nơi nhận ở góc trái dưới.</li>
<li>Lưu tệp với tên có nghĩa và xuất thêm bản PDF.</li>
</ol>
<h3>Gợi ý nội dung</h3>
<blockquote>Ban Chấp hành Hội LHPN xã trân trọng kính mời đồng chí Chi hội trưởng dự Hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm. Thời gian: 08 giờ 00, ngày 05 tháng 7 năm 2025. Địa điểm: Hội trường Ủy ban nhân dân xã. Đề nghị các đồng chí mang theo báo cáo kết quả hoạt động của chi hội.</blockquote>
<h3>Tự kiểm tra</h3>
<table>
<thead>
<tr><th>Tiêu chí</th><th>Đạt/Chưa</th></tr>
</thead>
<tbody>
<tr><td>Khổ A4, lề và phông chữ đúng yêu cầu</td><td></td></tr>
<tr><td>Ngày tháng ghi đúng cách (ngày dưới 10 có số 0)</td><td></td></tr>
<tr><td>Đủ thời gian, địa điểm, thành phần, đầu mối liên hệ</td><td></td></tr>
<tr><td>Có phần ký và nơi nhận</td><td></td></tr>
<tr><td>Không lỗi chính tả, dấu tiếng Việt hiển thị đúng</td><td></td></tr>
<tr><td>Đã lưu tệp Word và PDF với tên rõ ràng</td><td></td></tr>
</tbody>
</table>
<h3>Tình huống</h3>
<p>Giấy mời lần trước của Hội xã quên ghi giờ bắt đầu, nhiều chi hội trưởng phải gọi điện hỏi lại. Từ khi dùng bảng tự kiểm tra trước khi trình ký, văn bản gửi đi đầy đủ thông tin ngay từ lần đầu.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Giấy mời phải trả lời được: ai, dự việc gì, khi nào, ở đâu, chuẩn bị gì.</li>
<li>Dùng bảng tự kiểm tra trước khi trình ký.</li>
<li>Khi hoàn thành, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm2-spreadsheets',
    titleVi: 'Bảng tính: danh sách hội viên và số liệu thống kê',
    titleEn: 'Spreadsheets: member lists and statistics',
    lessons: [
      {
        key: 'l1-member-list',
        titleVi: 'Lập danh sách hội viên trên bảng tính',
        titleEn: 'Keeping a member list in a spreadsheet',
        estimatedMinutes: 12,
        completion: 'read_to_end',
        html: `
<p>Một danh sách hội viên được lập đúng cách trên Excel hoặc Google Trang tính giúp Hội cơ sở tra cứu nhanh, thống kê chính xác và dễ dàng nhập vào các hệ thống quản lý của Hội. Điều quan trọng nhất là <strong>nhập dữ liệu thống nhất ngay từ đầu</strong>.</p>
<h3>Nguyên tắc lập bảng</h3>
<ul>
<li><strong>Mỗi dòng là một hội viên, mỗi cột là một loại thông tin.</strong> Dòng đầu tiên là tiêu đề cột.</li>
<li><strong>Không gộp ô (merge)</strong> trong vùng dữ liệu, không để dòng trống xen giữa.</li>
<li><strong>Tách họ tên, năm sinh, chi hội thành các cột riêng</strong>, không ghi chung vào một ô.</li>
<li><strong>Ghi thống nhất:</strong> tên chi hội luôn viết giống nhau, ví dụ “Thôn Đông”, không lúc “thôn Đông”, lúc “Đông”.</li>
<li><strong>Chỉ thu những cột thật sự cần</strong>; thông tin nhạy cảm để ở tệp riêng, hạn chế người xem.</li>
</ul>
<h3>Các cột gợi ý</h3>
<table>
<thead>
<tr><th>Cột</th><th>Ví dụ</th><th>Lưu ý</th></tr>
</thead>
<tbody>
<tr><td>STT</td><td>1</td><td>Số thứ tự</td></tr>
<tr><td>Họ và tên</td><td>Nguyễn Thị Mai</td><td>Viết hoa chữ cái đầu</td></tr>
<tr><td>Năm sinh</td><td>1985</td><td>Chỉ ghi số</td></tr>
<tr><td>Chi hội</td><td>Thôn Đông</td><td>Chọn từ danh sách sẵn</td></tr>
<tr><td>Ngày vào Hội</td><td>15/03/2010</td><td>Cùng một kiểu ngày</td></tr>
<tr><td>Số điện thoại</td><td>0912345678</td><td>Định dạng văn bản để giữ số 0 đầu</td></tr>
<tr><td>Chức danh</td><td>Chi hội trưởng</td><td>Để trống nếu là hội viên</td></tr>
</tbody>
</table>
<h3>Các thao tác hữu ích</h3>
<ol>
<li><strong>Cố định dòng tiêu đề:</strong> Excel: View → Freeze Panes → Freeze Top Row; Google Trang tính: Xem → Cố định → 1 hàng.</li>
<li><strong>Danh sách chọn sẵn:</strong> Excel: Data → Data Validation → List; Google Trang tính: Dữ liệu → Xác thực dữ liệu. Giúp tên chi hội, chức danh luôn thống nhất.</li>
<li><strong>Bộ lọc:</strong> bật bộ lọc ở dòng tiêu đề để xem nhanh hội viên từng chi hội.</li>
<li><strong>Sắp xếp:</strong> sắp xếp theo chi hội rồi theo tên, nhớ chọn cả vùng dữ liệu để các cột không bị lệch nhau.</li>
</ol>
<h3>Tình huống</h3>
<p>Khi nhập danh sách từ 12 chi hội gửi lên, cán bộ xã thấy cùng một chi hội được ghi bốn kiểu khác nhau, số điện thoại mất số 0 đầu. Sau khi tạo danh sách chọn sẵn và định dạng cột số điện thoại là văn bản, dữ liệu gửi lên lần sau đã thống nhất, thống kê không còn sai.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Một dòng một người, một cột một thông tin, không gộp ô.</li>
<li>Dùng danh sách chọn sẵn để ghi thống nhất.</li>
<li>Cố định tiêu đề, dùng bộ lọc; hạn chế thông tin nhạy cảm.</li>
</ul>
`,
      },
      {
        key: 'l2-statistics',
        titleVi: 'Thống kê nhanh bằng hàm và bảng tổng hợp',
        titleEn: 'Quick statistics with functions and pivot tables',
        estimatedMinutes: 12,
        completion: 'read_to_end',
        html: `
<p>Khi danh sách hội viên đã được lập chuẩn, chị có thể trả lời ngay những câu hỏi thường gặp trong báo cáo: tổng số hội viên, số hội viên từng chi hội, số hội viên trẻ, số cán bộ đã được tập huấn… mà không phải đếm tay.</p>
<h3>Một số hàm thường dùng</h3>
<p>Giả sử cột B là họ tên, cột C là năm sinh, cột D là chi hội, cột G ghi “Có” nếu đã tham gia tập huấn, dữ liệu từ dòng 2 đến dòng 500.</p>
<table>
<thead>
<tr><th>Câu hỏi</th><th>Công thức</th></tr>
</thead>
<tbody>
<tr><td>Tổng số hội viên</td><td>=COUNTA(B2:B500)</td></tr>
<tr><td>Số hội viên chi hội Thôn Đông</td><td>=COUNTIF(D2:D500,"Thôn Đông")</td></tr>
<tr><td>Số hội viên sinh từ năm 1990 trở về sau</td><td>=COUNTIF(C2:C500,"&gt;=1990")</td></tr>
<tr><td>Số hội viên Thôn Đông đã tập huấn</td><td>=COUNTIFS(D2:D500,"Thôn Đông",G2:G500,"Có")</td></tr>
<tr><td>Tỷ lệ đã tập huấn</td><td>=COUNTIF(G2:G500,"Có")/COUNTA(B2:B500)</td></tr>
</tbody>
</table>
<p><em>Lưu ý:</em> tùy cài đặt ngôn ngữ và khu vực của máy, dấu phân cách giữa các đối số có thể là dấu phẩy hoặc dấu chấm phẩy. Nếu công thức báo lỗi, hãy thử đổi dấu phân cách. Với ô tỷ lệ, chọn định dạng phần trăm.</p>
<h3>Bảng tổng hợp (Pivot)</h3>
<p>Khi cần thống kê theo nhiều chi hội cùng lúc, bảng tổng hợp nhanh hơn viết từng công thức:</p>
<ol>
<li>Chọn vùng dữ liệu có dòng tiêu đề.</li>
<li>Excel: Insert → PivotTable; Google Trang tính: Chèn → Bảng tổng hợp.</li>
<li>Kéo cột “Chi hội” vào phần Hàng (Rows).</li>
<li>Kéo cột “Họ và tên” vào phần Giá trị (Values), chọn cách tính là đếm (COUNTA).</li>
<li>Muốn tách theo đã tập huấn hay chưa, kéo cột tập huấn vào phần Cột (Columns).</li>
</ol>
<p>Khi dữ liệu gốc thay đổi, bấm làm mới (Refresh) để bảng tổng hợp cập nhật.</p>
<h3>Tình huống</h3>
<p>Hội huyện yêu cầu báo cáo gấp số hội viên dưới 35 tuổi của từng chi hội. Chị Phó Chủ tịch Hội xã dùng bảng tổng hợp kết hợp bộ lọc năm sinh, có số liệu của cả 14 chi hội chỉ trong mười phút.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>COUNTA đếm số người, COUNTIF đếm theo một điều kiện, COUNTIFS theo nhiều điều kiện.</li>
<li>Bảng tổng hợp thống kê theo nhiều nhóm cùng lúc.</li>
<li>Dữ liệu gốc chuẩn thì số liệu thống kê mới đúng.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-branch-statistics',
        titleVi: 'Thực hành: Tổng hợp số liệu hội viên theo chi hội',
        titleEn: 'Practice: summarising member figures by branch',
        estimatedMinutes: 15,
        completion: 'marked_done',
        html: `
<p>Bài thực hành giúp chị tự tay làm một bảng thống kê hoàn chỉnh, từ danh sách hội viên đến bảng số liệu có thể dán vào báo cáo. Chị có thể dùng danh sách thật của Hội cơ sở (làm trên bản sao) hoặc tự tạo khoảng 20 dòng dữ liệu giả định.</p>
<h3>Bước 1. Chuẩn bị dữ liệu</h3>
<ol>
<li>Tạo bảng với các cột: STT, Họ và tên, Năm sinh, Chi hội, Đã tập huấn (Có/Không).</li>
<li>Tạo danh sách chọn sẵn cho cột Chi hội (ít nhất 3 chi hội) và cột Đã tập huấn.</li>
<li>Cố định dòng tiêu đề và bật bộ lọc.</li>
</ol>
<h3>Bước 2. Tính toán</h3>
<ol>
<li>Dùng COUNTA tính tổng số hội viên.</li>
<li>Dùng COUNTIF tính số hội viên từng chi hội.</li>
<li>Dùng COUNTIFS tính số hội viên từng chi hội đã được tập huấn.</li>
<li>Tính tỷ lệ phần trăm đã tập huấn của từng chi hội.</li>
</ol>
<h3>Bước 3. Trình bày kết quả</h3>
<p>Lập bảng kết quả theo mẫu:</p>
<table>
<thead>
<tr><th>Chi hội</th><th>Số hội viên</th><th>Đã tập huấn</th><th>Tỷ lệ</th></tr>
</thead>
<tbody>
<tr><td>Thôn Đông</td><td></td><td></td><td></td></tr>
<tr><td>Thôn Tây</td><td></td><td></td><td></td></tr>
<tr><td>Thôn Nam</td><td></td><td></td><td></td></tr>
<tr><td>Cộng</td><td></td><td></td><td></td></tr>
</tbody>
</table>
<p>Sau đó làm lại bằng bảng tổng hợp (Pivot) và so sánh: hai cách phải cho cùng một kết quả. Nếu khác nhau, kiểm tra xem tên chi hội có bị ghi khác nhau hay có dòng trống không.</p>
<h3>Bước 4. Chia sẻ</h3>
<p>Chia sẻ tệp cho một đồng nghiệp với quyền Người xem, gửi kèm lời nhắn nêu số liệu chính. Kiểm tra lại rằng tệp không ở chế độ “Bất kỳ ai có đường liên kết”.</p>
<h3>Tình huống</h3>
<p>Khi làm bài, chị Thu thấy công thức và bảng tổng hợp lệch nhau 2 người. Kiểm tra bộ lọc, chị phát hiện hai dòng ghi tên chi hội có thêm dấu cách ở cuối (“Thôn Đông ”) nên bị tính là một chi hội khác. Sửa lại, hai cách cho kết quả trùng khớp – đó cũng là cách kiểm tra số liệu trước khi báo cáo.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Tính bằng hai cách để tự kiểm tra số liệu.</li>
<li>Làm trên bản sao khi dùng dữ liệu thật.</li>
<li>Hoàn thành bài thực hành, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm3-digital-services-communication',
    titleVi: 'Chia sẻ tệp, dịch vụ công trực tuyến, truyền thông số và an toàn dữ liệu',
    titleEn: 'File sharing, online public services, digital communication and data safety',
    lessons: [
      {
        key: 'l1-email-file-sharing',
        titleVi: 'Gửi thư điện tử và chia sẻ tệp qua Google Drive',
        titleEn: 'Sending e-mail and sharing files through Google Drive',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Hội cơ sở thường xuyên gửi nhận văn bản, báo cáo, ảnh hoạt động với Hội cấp trên và các chi hội. Sắp xếp tệp khoa học và chia sẻ đúng cách giúp tiết kiệm thời gian và tránh lộ thông tin.</p>
<h3>Sắp xếp thư mục</h3>
<p>Trên Google Drive (hoặc máy tính), tạo cấu trúc thư mục theo năm và loại việc, ví dụ:</p>
<ul>
<li>2025 → Văn bản đến; Văn bản đi; Báo cáo; Hình ảnh hoạt động; Danh sách hội viên (hạn chế quyền xem).</li>
</ul>
<p>Đặt tên tệp theo quy tắc thống nhất: <strong>năm-tháng-ngày, loại văn bản, nội dung</strong>, ví dụ “2025-06-30 Báo cáo 6 tháng”. Sắp xếp theo tên sẽ tự đúng thứ tự thời gian.</p>
<h3>Gửi tệp qua thư điện tử</h3>
<ol>
<li>Văn bản chính thức gửi dạng PDF; nếu cấp trên cần tổng hợp, gửi kèm tệp Word hoặc Excel.</li>
<li>Tệp lớn (nhiều ảnh, video) không đính kèm trực tiếp mà tải lên Drive rồi chia sẻ đường liên kết.</li>
<li>Tiêu đề thư ghi rõ đơn vị và nội dung; nội dung thư nói rõ gửi gì, đề nghị gì.</li>
</ol>
<h3>Chia sẻ an toàn</h3>
<table>
<thead>
<tr><th>Loại tài liệu</th><th>Cách chia sẻ</th></tr>
</thead>
<tbody>
<tr><td>Thông báo, tài liệu tuyên truyền</td><td>Có thể dùng “Bất kỳ ai có đường liên kết” với quyền Người xem</td></tr>
<tr><td>Dự thảo, báo cáo nội bộ</td><td>Chỉ những người cụ thể, theo địa chỉ thư</td></tr>
<tr><td>Danh sách hội viên, hồ sơ cá nhân</td><td>Chỉ người có nhiệm vụ; tắt quyền tải xuống, in, sao chép nếu không cần</td></tr>
</tbody>
</table>
<p>Định kỳ mở mục “Được chia sẻ” hoặc xem quyền truy cập của từng thư mục quan trọng, gỡ quyền của người đã chuyển công tác.</p>
<h3>Tình huống</h3>
<p>Sau khi Hội xã sáp nhập, tài liệu nằm rải rác trong điện thoại, máy tính và Zalo của nhiều cán bộ. Chị Chủ tịch tạo thư mục chung trên Drive của đơn vị, phân công mỗi người chuyển tài liệu mình giữ vào đúng thư mục. Khi Hội cấp trên cần hồ sơ, cán bộ tìm thấy ngay.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Thư mục theo năm và loại việc; tên tệp bắt đầu bằng ngày.</li>
<li>Văn bản chính thức gửi PDF; tệp lớn chia sẻ qua Drive.</li>
<li>Tài liệu có thông tin cá nhân chỉ chia sẻ cho người có nhiệm vụ.</li>
</ul>
`,
      },
      {
        key: 'l2-digital-signature-public-services',
        titleVi: 'Chữ ký số và Cổng Dịch vụ công quốc gia',
        titleEn: 'Digital signatures and the National Public Service Portal',
        estimatedMinutes: 12,
        completion: 'read_to_end',
        html: `
<p>Chuyển đổi số trong cơ quan nhà nước và đoàn thể khiến nhiều văn bản được ký số và gửi qua mạng, nhiều thủ tục hành chính được làm trực tuyến. Chủ tịch, Phó Chủ tịch Hội cơ sở cần hiểu cơ bản để tự làm và hướng dẫn hội viên.</p>
<h3>Chữ ký số là gì?</h3>
<p>Chữ ký số là một dạng chữ ký điện tử, gắn với chứng thư số của người ký, giúp xác định ai đã ký và văn bản có bị sửa sau khi ký hay không. Theo Luật Giao dịch điện tử năm 2023, chữ ký số đáp ứng đủ điều kiện có giá trị pháp lý như chữ ký tay. Chữ ký số có thể ở dạng thiết bị USB (token), trên SIM điện thoại hoặc ký số từ xa qua ứng dụng.</p>
<ul>
<li>Với văn bản của cơ quan, đơn vị, việc cấp và sử dụng chữ ký số thực hiện theo hướng dẫn của Hội cấp trên và cơ quan có thẩm quyền.</li>
<li><strong>Giữ bí mật mã PIN</strong>, không cho người khác mượn thiết bị hay tài khoản ký số, không nhờ người khác ký thay.</li>
<li>Chỉ ký vào văn bản đã kiểm tra kỹ; sau khi ký, mở tệp PDF để kiểm tra chữ ký hiển thị hợp lệ.</li>
</ul>
<h3>Cổng Dịch vụ công quốc gia</h3>
<p>Cổng Dịch vụ công quốc gia (<a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>) là nơi người dân nộp hồ sơ, theo dõi kết quả và thanh toán phí, lệ phí cho nhiều thủ tục hành chính. Người dân có thể đăng nhập bằng tài khoản định danh điện tử VNeID.</p>
<ol>
<li>Vào đúng địa chỉ dichvucong.gov.vn; cẩn thận với trang giả mạo có địa chỉ gần giống.</li>
<li>Đăng nhập bằng tài khoản VNeID đã kích hoạt.</li>
<li>Tìm thủ tục cần làm, đọc kỹ hướng dẫn và thành phần hồ sơ.</li>
<li>Điền thông tin, tải giấy tờ đính kèm (ảnh chụp rõ, đủ trang).</li>
<li>Nộp hồ sơ, lưu lại mã hồ sơ để tra cứu; theo dõi thông báo.</li>
</ol>
<h3>Vai trò của cán bộ Hội</h3>
<p>Cán bộ Hội có thể phối hợp với bộ phận một cửa, tổ công nghệ số cộng đồng để hướng dẫn hội viên dùng VNeID và dịch vụ công trực tuyến. Luôn nhắc chị em: cơ quan nhà nước <strong>không</strong> gọi điện yêu cầu cài ứng dụng qua đường link hay chuyển tiền; không đưa mật khẩu, mã OTP cho người khác, kể cả người đang hướng dẫn mình.</p>
<h3>Tình huống</h3>
<p>Một hội viên nhận được tin nhắn kèm đường link “cập nhật dịch vụ công để nhận tiền hỗ trợ”. Chị Phó Chủ tịch Hội xã kiểm tra thấy địa chỉ không phải dichvucong.gov.vn, nhắc chị em không bấm vào và hướng dẫn cách vào đúng cổng chính thức.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Chữ ký số có giá trị pháp lý; giữ bí mật mã PIN, không cho mượn.</li>
<li>Dịch vụ công trực tuyến: vào đúng dichvucong.gov.vn, đăng nhập bằng VNeID.</li>
<li>Không đưa mật khẩu, mã OTP cho bất kỳ ai.</li>
</ul>
`,
      },
      {
        key: 'l3-social-media-fanpage',
        titleVi: 'Truyền thông trên mạng xã hội và trang fanpage của Hội',
        titleEn: "Communicating on social media and the union's fan page",
        estimatedMinutes: 12,
        completion: 'read_to_end',
        html: `
<p>Trang fanpage Facebook, tài khoản Zalo chính thức hay kênh video của Hội cơ sở là nơi lan tỏa hoạt động của Hội, tuyên truyền chủ trương, chính sách và gương điển hình đến hội viên, nhất là phụ nữ trẻ. Trang của Hội là tiếng nói của tổ chức, vì vậy cần được quản lý chặt chẽ.</p>
<h3>Quản trị trang</h3>
<ul>
<li>Trang được lập và quản lý theo sự thống nhất của Ban Thường vụ; có phân công người phụ trách nội dung và người duyệt bài.</li>
<li>Ít nhất hai người quản trị; tất cả đều bật xác thực hai yếu tố (mã xác minh khi đăng nhập).</li>
<li>Khi cán bộ chuyển công tác, gỡ quyền quản trị ngay và bàn giao cho người mới.</li>
</ul>
<h3>Viết một bản tin hoạt động</h3>
<ol>
<li><strong>Tiêu đề</strong> ngắn, nêu việc chính: “Hội LHPN xã Minh Tân ra mắt câu lạc bộ Phụ nữ khởi nghiệp”.</li>
<li><strong>Đoạn đầu</strong> trả lời: ai, làm gì, ở đâu, khi nào.</li>
<li><strong>Thân bài</strong> nêu ý nghĩa, kết quả, có một câu nói của hội viên.</li>
<li><strong>Ảnh</strong> 3 đến 5 tấm rõ nét, có người đang hoạt động, tránh ảnh chỉ chụp hàng ghế và băng rôn.</li>
<li>Kiểm tra chính tả, tên người, chức danh, số liệu trước khi đăng.</li>
</ol>
<h3>Những điều cần tuân thủ</h3>
<ul>
<li>Không đăng văn bản, tài liệu nội bộ chưa được phép công bố.</li>
<li>Không đăng thông tin chưa kiểm chứng; chia sẻ lại từ nguồn chính thống.</li>
<li>Xin phép khi đăng ảnh hội viên, đặc biệt người được hỗ trợ, nạn nhân bạo lực, trẻ em.</li>
<li>Không dùng trang của Hội để quảng cáo, bán hàng cá nhân.</li>
<li>Tôn trọng bản quyền ảnh, nhạc, video.</li>
</ul>
<h3>Tương tác và xử lý bình luận</h3>
<p>Trả lời câu hỏi lịch sự, kịp thời; câu hỏi riêng tư thì mời nhắn tin riêng. Với bình luận tiêu cực nhưng có cơ sở, ghi nhận và báo cáo để xử lý; với bình luận xuyên tạc, lăng mạ, ẩn hoặc xóa theo nội quy trang và báo cáo lãnh đạo nếu có dấu hiệu vi phạm pháp luật.</p>
<h3>Tình huống</h3>
<p>Trang fanpage của Hội xã đăng ảnh buổi trao quà cho hộ khó khăn, thấy rõ mặt và địa chỉ nhà một hội viên. Gia đình chị không vui vì chưa được hỏi ý kiến. Hội xã gỡ ảnh, xin lỗi và từ đó quy định mọi ảnh người được hỗ trợ phải được đồng ý trước khi đăng.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Trang của Hội là tiếng nói của tổ chức: có người duyệt, có hai quản trị viên, bật xác thực hai yếu tố.</li>
<li>Tin ngắn, đúng, có ảnh đẹp, có câu chuyện người thật.</li>
<li>Tôn trọng quyền riêng tư và bản quyền.</li>
</ul>
`,
      },
      {
        key: 'l4-practice-data-safety',
        titleVi: 'Thực hành: Rà soát an toàn tài khoản và dữ liệu của Hội',
        titleEn: "Practice: checking the safety of the union's accounts and data",
        estimatedMinutes: 15,
        completion: 'marked_done',
        html: `
<p>Dữ liệu của Hội cơ sở gồm danh sách hội viên, văn bản, báo cáo, ảnh hoạt động, tài khoản thư điện tử và trang fanpage. Mất dữ liệu hay bị chiếm tài khoản có thể làm gián đoạn công việc và gây hại cho hội viên. Bài thực hành này là một buổi “tổng kiểm tra” mà chị nên làm ít nhất sáu tháng một lần.</p>
<h3>Phần 1. Tài khoản</h3>
<table>
<thead>
<tr><th>Việc cần kiểm tra</th><th>Đã làm</th></tr>
</thead>
<tbody>
<tr><td>Mật khẩu thư điện tử, Zalo, fanpage đủ mạnh (dài, khó đoán), không dùng chung một mật khẩu cho nhiều nơi</td><td></td></tr>
<tr><td>Đã bật xác minh hai bước cho thư điện tử và tài khoản mạng xã hội</td><td></td></tr>
<tr><td>Số điện thoại và thư khôi phục tài khoản là của đơn vị hoặc của chính mình, còn sử dụng</td><td></td></tr>
<tr><td>Đã xem danh sách thiết bị đang đăng nhập, đăng xuất thiết bị lạ</td><td></td></tr>
<tr><td>Đã gỡ quyền của người không còn nhiệm vụ</td><td></td></tr>
</tbody>
</table>
<h3>Phần 2. Dữ liệu</h3>
<ol>
<li><strong>Sao lưu theo quy tắc 3-2-1:</strong> có 3 bản dữ liệu quan trọng, trên 2 loại nơi lưu khác nhau (ví dụ máy tính và ổ cứng rời), 1 bản để ở nơi khác (ví dụ lưu trữ đám mây của đơn vị).</li>
<li><strong>Thử khôi phục:</strong> mở thử một tệp từ bản sao lưu để chắc chắn dùng được.</li>
<li><strong>Rà soát chia sẻ:</strong> tìm các tệp đang để “Bất kỳ ai có đường liên kết”, chuyển về chia sẻ theo người cụ thể nếu có thông tin cá nhân.</li>
<li><strong>Dọn dẹp:</strong> xóa bản sao danh sách hội viên cũ trong Zalo, thư mục tải xuống khi không còn cần.</li>
</ol>
<h3>Phần 3. Thiết bị</h3>
<ul>
<li>Máy tính và điện thoại có khóa màn hình, đã cập nhật hệ điều hành.</li>
<li>Máy tính bật phần mềm diệt virus (trên Windows có sẵn Microsoft Defender).</li>
<li>Máy tính dùng chung ở trụ sở: đăng xuất tài khoản sau khi dùng, không lưu mật khẩu trên trình duyệt.</li>
</ul>
<h3>Tình huống</h3>
<p>Tài khoản fanpage của một Hội cơ sở bị chiếm sau khi cán bộ bấm vào tin nhắn giả mạo “trang của bạn vi phạm chính sách”. Nhờ có quản trị viên thứ hai và thư khôi phục còn dùng được, Hội lấy lại trang sau một ngày, rồi bật xác minh hai bước cho tất cả quản trị viên.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Mật khẩu mạnh, không dùng chung, bật xác minh hai bước.</li>
<li>Sao lưu 3-2-1 và thử khôi phục.</li>
<li>Rà soát quyền chia sẻ định kỳ; hoàn thành, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
];

export const IT_FOR_GRASSROOTS_PRESIDENTS: SeedCourse = {
  key: 'it-for-grassroots-presidents',
  titleVi: 'Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở',
  titleEn: 'IT application for grassroots union presidents and vice-presidents',
  summaryVi:
    'Kỹ năng công nghệ thông tin thực hành cho Chủ tịch, Phó Chủ tịch Hội cơ sở: soạn văn bản đúng thể thức trên Word và Google Tài liệu; bảng tính danh sách hội viên và số liệu thống kê; thư điện tử và chia sẻ tệp; chữ ký số và Cổng Dịch vụ công quốc gia; truyền thông trên mạng xã hội và fanpage của Hội; giữ an toàn dữ liệu.',
  summaryEn:
    "Practical IT for grassroots union presidents and vice-presidents: properly formatted documents in Word and Google Docs; spreadsheets for member lists and statistics; e-mail and file sharing; digital signatures and the National Public Service Portal; communicating on social media and the union's fan page; keeping data safe.",
  category: 'digital-skills',
  estimatedMinutes: sumLessonMinutes(modules),
  requiredFor: ['president', 'vice_president'],
  includeReserves: false,
  modules,
};

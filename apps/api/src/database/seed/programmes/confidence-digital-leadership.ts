import { type SeedCourse, type SeedModule, sumLessonMinutes } from './programme-content';

const modules: SeedModule[] = [
  {
    key: 'm1-confident-leadership',
    titleVi: 'Phụ nữ lãnh đạo tự tin trong thời đại số',
    titleEn: 'Confident women leaders in the digital era',
    lessons: [
      {
        key: 'l1-why-digital-capacity',
        titleVi: 'Năng lực số – vì sao cán bộ Hội cần?',
        titleEn: 'Digital capacity – why union cadres need it',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Ngày nay, phần lớn hội viên phụ nữ đã có điện thoại thông minh. Chị em đọc tin trên Zalo, Facebook, xem video, chuyển tiền qua ứng dụng ngân hàng. Văn bản chỉ đạo của Hội cấp trên cũng ngày càng được gửi qua thư điện tử và nhóm Zalo thay vì giấy. Cán bộ Hội muốn tham mưu, chỉ đạo và tổ chức hoạt động hiệu quả thì cần theo kịp sự thay đổi đó.</p>
<h3>Năng lực số gồm những gì?</h3>
<p>Năng lực số không có nghĩa là phải giỏi máy tính như kỹ sư. Với cán bộ Hội, năng lực số là biết dùng thiết bị và ứng dụng phổ biến một cách <strong>an toàn, đúng mục đích và có trách nhiệm</strong>, cụ thể:</p>
<ul>
<li><strong>Khai thác thông tin:</strong> tìm, đọc và chọn lọc thông tin từ nguồn chính thống.</li>
<li><strong>Giao tiếp và phối hợp:</strong> dùng Zalo, thư điện tử, họp trực tuyến để trao đổi công việc.</li>
<li><strong>Tạo lập nội dung:</strong> soạn văn bản, lập bảng danh sách, chụp ảnh và viết tin về hoạt động của Hội.</li>
<li><strong>An toàn số:</strong> bảo vệ tài khoản, dữ liệu của hội viên, nhận diện lừa đảo và tin giả.</li>
<li><strong>Giải quyết vấn đề:</strong> biết tự tìm cách làm, hỏi đúng người, hướng dẫn lại cho chị em.</li>
</ul>
<h3>Lợi ích cho công tác Hội</h3>
<p>Khi cán bộ làm chủ công nghệ, thông tin đến với hội viên nhanh hơn, số liệu báo cáo chính xác hơn, tiết kiệm thời gian đi lại và giấy tờ. Quan trọng hơn, cán bộ Hội trở thành người đi đầu, giúp chị em cùng tiếp cận dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, bán hàng qua mạng một cách an toàn.</p>
<h3>Tình huống</h3>
<p>Chị Hằng, Phó Chủ tịch Hội phụ nữ phường, trước đây mất gần một tuần để tổng hợp số liệu từ các chi hội vì phải chờ sổ sách gửi lên. Sau khi được tập huấn, chị lập một bảng tính dùng chung, các chi hội trưởng nhập số liệu trực tiếp trên điện thoại. Báo cáo tháng nay chỉ mất một buổi, và chị có thêm thời gian xuống cơ sở gặp gỡ hội viên.</p>
<blockquote>Công nghệ không thay thế sự gần gũi với hội viên, mà giúp cán bộ có thêm thời gian để gần gũi hơn.</blockquote>
<h3>Ghi nhớ</h3>
<ul>
<li>Năng lực số là dùng công nghệ an toàn, đúng mục đích, có trách nhiệm – không cần học sâu về kỹ thuật.</li>
<li>Bắt đầu từ những việc nhỏ, làm thường xuyên: đọc tin, gửi tệp, lập danh sách.</li>
<li>Cán bộ Hội đi trước một bước để hướng dẫn và bảo vệ chị em trên môi trường mạng.</li>
</ul>
`,
      },
      {
        key: 'l2-confident-speaking',
        titleVi: 'Tự tin phát biểu và điều hành trước đông người',
        titleEn: 'Speaking and chairing with confidence',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Nhiều chị em cán bộ làm việc rất giỏi nhưng lại ngại phát biểu ở hội nghị, ngại trình bày ý kiến với lãnh đạo, hoặc lúng túng khi chủ trì cuộc họp trực tuyến. Sự tự tin không phải là năng khiếu bẩm sinh mà là <strong>kỹ năng có thể rèn luyện</strong>.</p>
<h3>Chuẩn bị trước khi nói</h3>
<ol>
<li><strong>Xác định mục đích:</strong> mình nói để thông báo, để thuyết phục hay để xin ý kiến?</li>
<li><strong>Biết người nghe:</strong> hội viên ở thôn, lãnh đạo xã hay đại biểu cấp trên – mỗi đối tượng cần cách nói khác nhau.</li>
<li><strong>Chọn ba ý chính:</strong> người nghe thường chỉ nhớ được khoảng ba ý. Viết ba ý đó ra giấy hoặc ghi chú trên điện thoại.</li>
<li><strong>Chuẩn bị số liệu và ví dụ:</strong> một con số cụ thể hay một câu chuyện thật ở địa phương thuyết phục hơn nhiều lời chung chung.</li>
<li><strong>Tập nói thành tiếng:</strong> dùng điện thoại quay video hoặc ghi âm, nghe lại để sửa.</li>
</ol>
<h3>Khi đứng trước mọi người</h3>
<ul>
<li>Hít thở chậm vài lần trước khi bắt đầu; đứng thẳng, nhìn bao quát người nghe.</li>
<li>Mở đầu ngắn gọn: chào, nêu vấn đề và thời gian mình sẽ nói.</li>
<li>Nói chậm, câu ngắn, dùng từ dễ hiểu; tránh đọc nguyên văn bản.</li>
<li>Kết thúc bằng điều mình mong mọi người làm: “Đề nghị các chi hội gửi danh sách trước thứ Sáu”.</li>
</ul>
<h3>Điều hành cuộc họp, kể cả họp trực tuyến</h3>
<p>Người chủ trì cần nêu rõ nội dung và thời gian, mời từng người phát biểu, tóm tắt ý kiến sau mỗi phần và chốt lại ai làm gì, khi nào. Khi họp trực tuyến, hãy gọi tên người được mời phát biểu, nhắc mọi người tắt micro khi không nói và kiểm tra xem các điểm cầu có nghe rõ không.</p>
<h3>Tình huống</h3>
<p>Tại hội nghị sơ kết, chị Mai được mời báo cáo kết quả mô hình “Tổ phụ nữ tiết kiệm” của xã. Thay vì đọc bản báo cáo dài bốn trang, chị nói ba ý: mô hình giúp bao nhiêu hộ, câu chuyện của một hội viên đã có vốn nuôi lợn, và đề xuất nhân rộng. Phần trình bày chỉ năm phút nhưng được lãnh đạo huyện ghi nhận và đề nghị các xã khác học tập.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Chuẩn bị kỹ là cách tốt nhất để bớt run.</li>
<li>Ba ý chính, một ví dụ thật, một đề nghị cụ thể.</li>
<li>Người chủ trì giỏi là người giữ đúng giờ và chốt được việc cần làm.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-self-assessment',
        titleVi: 'Thực hành: Tự đánh giá kỹ năng số và lập kế hoạch học tập',
        titleEn: 'Practice: assess your digital skills and plan your learning',
        estimatedMinutes: 10,
        completion: 'marked_done',
        html: `
<p>Bài thực hành này giúp chị biết mình đang ở đâu và cần học thêm gì. Hãy trả lời trung thực – không ai chấm điểm, kết quả chỉ để chị tự lập kế hoạch.</p>
<h3>Bước 1. Tự đánh giá</h3>
<p>Với mỗi kỹ năng dưới đây, chị tự chấm theo ba mức: <strong>Làm được</strong>, <strong>Làm được nhưng chưa chắc</strong>, <strong>Chưa làm được</strong>.</p>
<table>
<thead>
<tr><th>Kỹ năng</th><th>Ví dụ việc cụ thể</th></tr>
</thead>
<tbody>
<tr><td>Bảo vệ điện thoại</td><td>Đặt mã khóa màn hình, cập nhật phần mềm, cài ứng dụng từ kho chính thức</td></tr>
<tr><td>Dùng Zalo cho công việc</td><td>Tạo nhóm, ghim thông báo, tạo bình chọn, gửi tệp tài liệu</td></tr>
<tr><td>Thư điện tử</td><td>Gửi thư có tệp đính kèm, trả lời đúng người, tìm lại thư cũ</td></tr>
<tr><td>Họp trực tuyến</td><td>Vào phòng họp, bật tắt micro, chia sẻ màn hình</td></tr>
<tr><td>Tài liệu và bảng tính</td><td>Soạn văn bản, nhập danh sách hội viên vào bảng tính, chia sẻ cho người khác</td></tr>
<tr><td>An toàn thông tin</td><td>Nhận biết tin nhắn lừa đảo, không chia sẻ mã OTP, kiểm tra tin trước khi chia sẻ</td></tr>
</tbody>
</table>
<h3>Bước 2. Chọn ưu tiên</h3>
<p>Khoanh lại hai kỹ năng ở mức “Chưa làm được” mà chị cần nhất cho công việc trong ba tháng tới. Ví dụ: tháng sau xã tổ chức họp trực tuyến thì ưu tiên kỹ năng họp trực tuyến.</p>
<h3>Bước 3. Lập kế hoạch ngắn</h3>
<ul>
<li><strong>Học gì:</strong> bài nào trong khóa học này, hoặc nhờ ai hướng dẫn.</li>
<li><strong>Khi nào:</strong> chọn khung giờ cố định, chỉ cần 15 phút mỗi ngày.</li>
<li><strong>Thực hành vào việc gì:</strong> gắn với một việc thật, như gửi báo cáo tháng qua thư điện tử.</li>
<li><strong>Nhờ ai hỗ trợ:</strong> đoàn viên thanh niên, cán bộ văn phòng, người thân trong gia đình.</li>
</ul>
<h3>Tình huống</h3>
<p>Chị Lan, Ủy viên Ban Chấp hành, tự đánh giá thấy mình chưa biết gửi tệp đính kèm qua thư điện tử. Chị đặt mục tiêu trong hai tuần sẽ tự gửi báo cáo tháng cho văn phòng Hội qua thư điện tử, nhờ con gái hướng dẫn hai buổi tối. Đến cuối tháng, chị đã gửi được và còn hướng dẫn lại cho hai chi hội trưởng.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Biết mình thiếu gì là bước đầu của việc học.</li>
<li>Chọn ít mục tiêu, gắn với việc thật, làm đều đặn.</li>
<li>Khi hoàn thành bài thực hành, chị bấm “Đánh dấu hoàn thành” để lưu tiến độ.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm2-safe-smartphone',
    titleVi: 'Điện thoại thông minh, Zalo và thư điện tử cho công tác Hội',
    titleEn: 'Smartphones, Zalo and e-mail for union work',
    lessons: [
      {
        key: 'l1-secure-smartphone',
        titleVi: 'Thiết lập điện thoại thông minh an toàn',
        titleEn: 'Setting up a smartphone safely',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Điện thoại của cán bộ Hội chứa rất nhiều thông tin: danh bạ hội viên, nhóm Zalo công việc, ảnh chụp giấy tờ, tài khoản ngân hàng. Nếu điện thoại bị mất hoặc bị cài phần mềm độc hại, không chỉ chị mà cả hội viên cũng có thể bị ảnh hưởng. Vài thao tác đơn giản dưới đây giúp giảm phần lớn rủi ro.</p>
<h3>Danh sách việc cần làm</h3>
<ol>
<li><strong>Đặt khóa màn hình:</strong> dùng mã số ít nhất 6 chữ số, vân tay hoặc khuôn mặt. Không dùng ngày sinh hay dãy 123456.</li>
<li><strong>Cập nhật phần mềm:</strong> khi điện thoại báo có bản cập nhật hệ điều hành hoặc ứng dụng, hãy cập nhật khi có Wi-Fi. Bản cập nhật thường vá các lỗ hổng bảo mật.</li>
<li><strong>Chỉ cài ứng dụng từ kho chính thức:</strong> CH Play trên điện thoại Android, App Store trên iPhone. Không cài ứng dụng từ đường link gửi qua tin nhắn, kể cả khi người gửi xưng là cơ quan nhà nước.</li>
<li><strong>Xem kỹ quyền của ứng dụng:</strong> ứng dụng đèn pin không cần đọc tin nhắn hay danh bạ. Nếu thấy lạ, hãy từ chối.</li>
<li><strong>Bật tính năng tìm điện thoại:</strong> “Tìm thiết bị” trên Android hoặc “Tìm” trên iPhone để có thể định vị hoặc xóa dữ liệu từ xa khi bị mất.</li>
<li><strong>Sao lưu dữ liệu:</strong> bật sao lưu danh bạ, ảnh lên tài khoản Google hoặc iCloud của chính mình.</li>
</ol>
<h3>Khi dùng Wi-Fi công cộng</h3>
<p>Wi-Fi ở quán cà phê, nhà nghỉ có thể không an toàn. Không đăng nhập ngân hàng hay tài khoản công việc quan trọng khi dùng Wi-Fi lạ; nên dùng dữ liệu di động (3G/4G) của mình.</p>
<h3>Tình huống</h3>
<p>Chị Thoa nhận được tin nhắn: “Điện thoại của bạn bị nhiễm virus, bấm vào đây để cài ứng dụng diệt virus”. Chị nhớ nguyên tắc chỉ cài ứng dụng từ kho chính thức nên xóa tin nhắn, không bấm vào link. Sau đó chị nhắc trong nhóm Zalo chi hội để chị em cùng cảnh giác.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Khóa màn hình, cập nhật phần mềm, cài ứng dụng từ kho chính thức.</li>
<li>Không bấm link lạ, không cài ứng dụng theo lời người gọi điện.</li>
<li>Bật tìm điện thoại và sao lưu dữ liệu trước khi có sự cố.</li>
</ul>
`,
      },
      {
        key: 'l2-zalo-groups',
        titleVi: 'Quản lý nhóm Zalo của Hội hiệu quả',
        titleEn: 'Running union Zalo groups well',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Nhóm Zalo đã trở thành “bảng tin” của nhiều chi hội và Hội cơ sở. Một nhóm được quản lý tốt giúp thông tin đến nhanh và đúng người; một nhóm lộn xộn sẽ khiến thông báo quan trọng bị trôi mất giữa hàng trăm tin nhắn chúc mừng, quảng cáo.</p>
<h3>Tổ chức nhóm hợp lý</h3>
<ul>
<li><strong>Tách nhóm theo mục đích:</strong> nhóm Ban Chấp hành để bàn công việc; nhóm chi hội trưởng để triển khai nhiệm vụ; nhóm hội viên để thông tin chung.</li>
<li><strong>Đặt tên rõ ràng:</strong> ví dụ “Hội LHPN xã Minh Tân – Chi hội trưởng”.</li>
<li><strong>Cử trưởng nhóm và phó nhóm:</strong> ít nhất hai người quản trị để nhóm không bị bỏ trống khi một người bận.</li>
<li><strong>Bật phê duyệt thành viên mới:</strong> tránh người lạ vào nhóm phát tán quảng cáo, lừa đảo.</li>
</ul>
<h3>Nội quy nhóm</h3>
<p>Trưởng nhóm nên đăng và ghim nội quy ngắn, ví dụ: chỉ đăng nội dung liên quan đến công tác Hội; không quảng cáo bán hàng; không chia sẻ tin chưa kiểm chứng; không đăng thông tin cá nhân của người khác; tôn trọng, lịch sự khi trao đổi.</p>
<h3>Dùng các tính năng hữu ích</h3>
<ol>
<li><strong>Ghim tin nhắn:</strong> ghim thông báo quan trọng (lịch họp, hạn nộp báo cáo) lên đầu nhóm.</li>
<li><strong>Bình chọn:</strong> lấy ý kiến nhanh về thời gian họp, nội dung sinh hoạt.</li>
<li><strong>Nhắc hẹn:</strong> tạo nhắc hẹn cho cuộc họp để mọi người nhận được thông báo.</li>
<li><strong>Gửi tệp:</strong> gửi văn bản dạng tệp PDF thay vì chụp ảnh mờ, để chị em đọc rõ và lưu lại được.</li>
</ol>
<h3>Tình huống</h3>
<p>Nhóm Zalo hội viên của chi hội thôn Đông có hơn 120 người, mỗi ngày hàng chục tin quảng cáo mỹ phẩm. Chi hội trưởng đăng nội quy, ghim lên đầu nhóm, nhắn riêng nhẹ nhàng với những người đăng quảng cáo, đồng thời lập thêm một nhóm “Chợ quê thôn Đông” để chị em trao đổi mua bán. Nhóm chính trở lại gọn gàng, thông báo họp được mọi người đọc đầy đủ.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Mỗi nhóm một mục đích, có nội quy được ghim và ít nhất hai người quản trị.</li>
<li>Dùng ghim, bình chọn, nhắc hẹn để thông tin không bị trôi.</li>
<li>Nhắc nhở riêng, nhẹ nhàng trước khi phải mời ai đó ra khỏi nhóm.</li>
</ul>
`,
      },
      {
        key: 'l3-work-email',
        titleVi: 'Thư điện tử trong công việc của Hội',
        titleEn: 'E-mail for union work',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Zalo tiện cho trao đổi nhanh, nhưng khi gửi văn bản chính thức, báo cáo, hồ sơ cần lưu lại lâu dài thì thư điện tử (e-mail) phù hợp hơn: dễ tìm lại, dễ chuyển tiếp và thể hiện tính trang trọng.</p>
<h3>Địa chỉ thư</h3>
<p>Nên dùng địa chỉ thư công vụ do cơ quan cấp nếu có. Nếu dùng địa chỉ cá nhân, hãy đặt tên nghiêm túc, dễ nhận ra, ví dụ họ tên kèm tên đơn vị, tránh các tên đùa vui. Đặt mật khẩu mạnh và bật xác minh hai bước.</p>
<h3>Viết một thư công việc</h3>
<ol>
<li><strong>Người nhận:</strong> gửi đúng người cần xử lý ở ô “Đến”; người cần biết để ở ô “CC”. Khi gửi cho nhiều người ngoài cơ quan, dùng “BCC” để không lộ địa chỉ của nhau.</li>
<li><strong>Tiêu đề:</strong> ngắn và rõ, ví dụ “Hội LHPN xã Minh Tân – Báo cáo kết quả tháng 5/2025”.</li>
<li><strong>Nội dung:</strong> lời chào, mục đích thư trong một đến hai câu, nội dung chính, đề nghị cụ thể, lời cảm ơn và chữ ký (họ tên, chức danh, đơn vị, số điện thoại).</li>
<li><strong>Tệp đính kèm:</strong> đặt tên tệp có nghĩa, ví dụ “BaoCao_Thang5_MinhTan.pdf”. Kiểm tra lại đã đính kèm trước khi bấm gửi.</li>
</ol>
<h3>Những lỗi hay gặp</h3>
<ul>
<li>Bấm “Trả lời tất cả” khi chỉ cần trả lời một người.</li>
<li>Để trống tiêu đề, khiến người nhận khó tìm lại thư.</li>
<li>Gửi danh sách hội viên có số căn cước, số điện thoại mà không cần thiết.</li>
<li>Mở tệp đính kèm từ địa chỉ lạ, nhất là tệp nén hoặc tệp có đuôi lạ.</li>
</ul>
<h3>Tình huống</h3>
<p>Văn phòng Hội huyện nhận được thư báo cáo không có tiêu đề, tệp đính kèm tên “Document1.docx”. Khi cần tìm lại để tổng hợp, cán bộ mất nhiều thời gian. Từ đó, Hội huyện hướng dẫn thống nhất cách đặt tiêu đề và tên tệp, việc tổng hợp nhanh hơn hẳn.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Tiêu đề rõ, người nhận đúng, tệp đính kèm có tên nghĩa.</li>
<li>Dùng BCC khi gửi cho nhiều người không quen biết nhau.</li>
<li>Không mở tệp lạ; không gửi dữ liệu cá nhân khi không cần thiết.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm3-online-work',
    titleVi: 'Họp trực tuyến, tài liệu số và bảng tính dùng chung',
    titleEn: 'Online meetings, digital documents and shared spreadsheets',
    lessons: [
      {
        key: 'l1-online-meetings',
        titleVi: 'Tổ chức và tham dự họp trực tuyến',
        titleEn: 'Running and joining online meetings',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Họp trực tuyến giúp Hội các cấp triển khai nhiệm vụ nhanh, tiết kiệm thời gian và chi phí đi lại, đặc biệt khi địa bàn rộng sau sắp xếp đơn vị hành chính. Các phần mềm thường dùng là Zoom, Google Meet, Microsoft Teams hoặc cuộc gọi nhóm trên Zalo cho nhóm nhỏ.</p>
<h3>Trước cuộc họp (người tổ chức)</h3>
<ul>
<li>Gửi thông báo sớm: thời gian, nội dung, đường link và mã phòng họp, tài liệu kèm theo.</li>
<li>Phân công một người hỗ trợ kỹ thuật: cho người vào phòng, tắt micro khi có tiếng ồn, ghi lại danh sách tham dự.</li>
<li>Thử trước đường truyền, micro, loa và tài liệu cần chia sẻ màn hình.</li>
<li>Đặt mật khẩu phòng họp, không đăng đường link họp lên trang công khai.</li>
</ul>
<h3>Khi tham dự</h3>
<ol>
<li>Vào phòng sớm 5 đến 10 phút; đặt tên hiển thị đầy đủ, ví dụ “Nguyễn Thị Mai – Hội LHPN xã Minh Tân”.</li>
<li>Ngồi nơi yên tĩnh, đủ ánh sáng, điện thoại đặt cố định, cắm sạc.</li>
<li>Tắt micro khi không phát biểu; muốn phát biểu thì dùng nút “giơ tay” hoặc nhắn vào khung trò chuyện.</li>
<li>Ăn mặc lịch sự, bật camera khi được yêu cầu.</li>
</ol>
<h3>Sau cuộc họp</h3>
<p>Người tổ chức gửi kết luận, phân công nhiệm vụ và thời hạn vào nhóm hoặc qua thư điện tử. Nếu ghi hình cuộc họp, cần thông báo cho người tham dự biết từ đầu.</p>
<h3>Khi mạng yếu</h3>
<p>Nếu đường truyền chập chờn, tắt camera để giữ âm thanh; ở nơi sóng yếu có thể gọi điện thoại vào nhóm. Người tổ chức nên gửi tài liệu trước để ai bị rớt mạng vẫn nắm được nội dung.</p>
<h3>Tình huống</h3>
<p>Hội LHPN xã tổ chức họp trực tuyến với 12 chi hội trưởng. Ba chị không vào được vì nhận đường link quá muộn. Lần sau, Hội gửi thông báo trước một ngày, ghim trong nhóm và nhờ cán bộ hỗ trợ gọi điện nhắc trước 15 phút. Cả 12 chi hội tham dự đầy đủ.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Thông báo sớm, có người hỗ trợ kỹ thuật, thử thiết bị trước.</li>
<li>Tên hiển thị rõ ràng, tắt micro khi không nói.</li>
<li>Kết thúc họp phải có kết luận và phân công gửi bằng văn bản.</li>
</ul>
`,
      },
      {
        key: 'l2-shared-documents',
        titleVi: 'Tài liệu số và bảng tính dùng chung',
        titleEn: 'Digital documents and shared spreadsheets',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Thay vì mỗi chi hội ghi số liệu vào giấy rồi gửi lên xã, Hội cơ sở có thể dùng một bảng tính dùng chung (Google Trang tính hoặc Excel trực tuyến). Mỗi chi hội điền phần của mình, cán bộ xã xem được ngay kết quả tổng hợp.</p>
<h3>Tạo và chia sẻ đúng cách</h3>
<ol>
<li>Tạo tệp trong tài khoản của đơn vị, đặt tên rõ: “Minh Tân – Số liệu hội viên 2025”.</li>
<li>Chia sẻ cho <strong>từng người cụ thể</strong> bằng địa chỉ thư, thay vì chế độ “Bất kỳ ai có đường liên kết”.</li>
<li>Chọn đúng quyền: <em>Người xem</em> chỉ đọc; <em>Người nhận xét</em> được góp ý; <em>Người chỉnh sửa</em> được sửa nội dung.</li>
<li>Khi một người thôi nhiệm vụ, gỡ quyền truy cập của họ.</li>
</ol>
<h3>Thiết kế bảng tính dễ dùng</h3>
<ul>
<li>Mỗi chi hội một dòng hoặc một trang tính riêng, tránh điền chồng lên nhau.</li>
<li>Hàng đầu tiên là tiêu đề cột; cố định hàng này để khi cuộn vẫn thấy.</li>
<li>Dùng danh sách chọn sẵn (Có/Không, tên chi hội) để số liệu thống nhất.</li>
<li>Ghi chú hướng dẫn ngay trong bảng: cột nào điền số, cột nào điền chữ.</li>
</ul>
<h3>Làm việc chung trên tài liệu</h3>
<p>Với văn bản soạn chung như dự thảo kế hoạch, hãy dùng chế độ <strong>đề xuất</strong> hoặc <strong>nhận xét</strong> thay vì sửa thẳng, để người chủ trì biết ai góp ý gì. Nếu lỡ sửa sai, có thể xem và khôi phục từ <strong>lịch sử phiên bản</strong>.</p>
<h3>Tình huống</h3>
<p>Chị Nga, cán bộ chuyên trách, chia sẻ bảng số liệu ở chế độ “Bất kỳ ai có đường liên kết đều chỉnh sửa được” và gửi vào nhóm Zalo đông người. Một hôm, cả cột số liệu bị xóa mất. Chị dùng lịch sử phiên bản khôi phục lại dữ liệu, sau đó chuyển sang chia sẻ theo từng địa chỉ thư của chi hội trưởng.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Chia sẻ cho đúng người, đúng quyền; không để “ai có link cũng sửa được”.</li>
<li>Bảng tính rõ cột, có danh sách chọn sẵn, cố định tiêu đề.</li>
<li>Góp ý bằng nhận xét; khi có sự cố, dùng lịch sử phiên bản.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-online-meeting',
        titleVi: 'Thực hành: Chủ trì một cuộc họp trực tuyến ngắn',
        titleEn: 'Practice: chair a short online meeting',
        estimatedMinutes: 12,
        completion: 'marked_done',
        html: `
<p>Bài thực hành này giúp chị tự tay tổ chức một cuộc họp trực tuyến khoảng 15 phút với 3 đến 5 đồng nghiệp, ví dụ các chi hội trưởng hoặc Ủy viên Ban Chấp hành. Chị có thể dùng Google Meet, Zoom hoặc cuộc gọi video nhóm trên Zalo.</p>
<h3>Chuẩn bị</h3>
<ol>
<li>Chọn một nội dung thật, ngắn: ví dụ thống nhất lịch sinh hoạt chi hội quý tới.</li>
<li>Tạo phòng họp, đặt mật khẩu nếu phần mềm cho phép.</li>
<li>Gửi thông báo trước ít nhất một ngày gồm: thời gian, nội dung, đường link, người cần chuẩn bị ý kiến.</li>
<li>Nhờ một người làm thư ký ghi kết luận.</li>
</ol>
<h3>Trong cuộc họp</h3>
<ul>
<li>Mở đầu: chào, điểm danh, nêu nội dung và thời gian kết thúc.</li>
<li>Chia sẻ màn hình một tài liệu hoặc bảng tính (nếu dùng máy tính).</li>
<li>Mời lần lượt từng người phát biểu, gọi tên cụ thể.</li>
<li>Tạo một bình chọn nhanh hoặc hỏi ý kiến biểu quyết.</li>
<li>Kết luận: nhắc lại ai làm gì, hạn khi nào.</li>
</ul>
<h3>Sau cuộc họp</h3>
<p>Gửi kết luận vào nhóm Zalo hoặc qua thư điện tử trong ngày. Sau đó tự trả lời các câu hỏi trong bảng dưới đây.</p>
<table>
<thead>
<tr><th>Câu hỏi tự kiểm tra</th><th>Có/Chưa</th></tr>
</thead>
<tbody>
<tr><td>Mọi người vào phòng họp đúng giờ, không ai bị lạc đường link?</td><td></td></tr>
<tr><td>Mọi người nghe rõ, không bị tiếng ồn?</td><td></td></tr>
<tr><td>Cuộc họp kết thúc đúng giờ?</td><td></td></tr>
<tr><td>Có kết luận và phân công rõ ràng?</td><td></td></tr>
<tr><td>Kết luận đã được gửi bằng văn bản?</td><td></td></tr>
</tbody>
</table>
<h3>Tình huống</h3>
<p>Lần đầu chủ trì, chị Hương quên nhắc mọi người tắt micro nên tiếng trẻ con, tiếng xe máy lẫn vào cuộc họp. Lần thứ hai, chị nhắc ngay từ đầu và nhờ thư ký tắt giúp micro khi cần. Cuộc họp gọn và xong trước giờ dự kiến.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Làm thử với nhóm nhỏ trước khi chủ trì họp lớn.</li>
<li>Điểm danh, giữ giờ, chốt việc và gửi kết luận.</li>
<li>Khi đã hoàn thành, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm4-information-security',
    titleVi: 'An toàn thông tin, tin giả và bảo vệ dữ liệu cá nhân',
    titleEn: 'Information security, fake news and personal data protection',
    lessons: [
      {
        key: 'l1-online-scams',
        titleVi: 'Nhận diện và phòng tránh lừa đảo trực tuyến',
        titleEn: 'Recognising and avoiding online scams',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Lừa đảo qua điện thoại và mạng xã hội ngày càng tinh vi, nhiều nạn nhân là phụ nữ và người cao tuổi ở nông thôn. Cán bộ Hội cần tự bảo vệ mình và là người nhắc nhở, hướng dẫn hội viên.</p>
<h3>Những thủ đoạn thường gặp</h3>
<ul>
<li><strong>Giả danh cơ quan nhà nước:</strong> gọi điện xưng là công an, tòa án, cơ quan thuế, yêu cầu cài ứng dụng “dịch vụ công” qua đường link hoặc chuyển tiền để “xác minh”.</li>
<li><strong>Giả danh người thân:</strong> chiếm tài khoản Zalo, Facebook của người quen rồi nhắn mượn tiền; có khi gọi video với hình ảnh giả rất giống thật.</li>
<li><strong>Báo trúng thưởng, nhận quà:</strong> yêu cầu nộp “phí nhận thưởng” hoặc cung cấp mã OTP.</li>
<li><strong>Việc nhẹ lương cao:</strong> mời làm nhiệm vụ online, lúc đầu trả tiền để tạo lòng tin rồi yêu cầu nạp số tiền lớn.</li>
<li><strong>Tin nhắn giả ngân hàng, nhà mạng:</strong> chứa đường link đến trang web giả để lấy tài khoản.</li>
</ul>
<h3>Nguyên tắc tự bảo vệ</h3>
<ol>
<li><strong>Không bao giờ cung cấp mã OTP</strong>, mật khẩu cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng.</li>
<li>Cơ quan công an, tòa án không làm việc hay yêu cầu chuyển tiền qua điện thoại.</li>
<li>Khi người quen nhắn mượn tiền, hãy <strong>gọi điện trực tiếp</strong> bằng số mình đã lưu để xác minh.</li>
<li>Không bấm vào đường link lạ; tự gõ địa chỉ trang web chính thức hoặc dùng ứng dụng chính thức.</li>
<li>Bình tĩnh: kẻ lừa đảo luôn thúc giục, đe dọa để nạn nhân không kịp suy nghĩ.</li>
</ol>
<h3>Khi nghi ngờ hoặc đã bị lừa</h3>
<p>Báo ngay cho ngân hàng để khóa tài khoản, báo công an xã, phường nơi cư trú. Tin nhắn rác, lừa đảo có thể phản ánh về đầu số 5656; cuộc gọi rác phản ánh về đầu số 156. Cán bộ Hội nên thông tin cho chi hội để chị em khác cảnh giác.</p>
<h3>Tình huống</h3>
<p>Bà Tư, hội viên 68 tuổi, nhận cuộc gọi xưng công an nói bà liên quan đến vụ án, yêu cầu chuyển tiền vào “tài khoản tạm giữ”. Nhớ lời chi hội trưởng dặn trong buổi sinh hoạt, bà cúp máy, gọi cho con trai và đến công an xã. Bà giữ được khoản tiền tiết kiệm.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Không cho ai mã OTP; không chuyển tiền theo cuộc gọi lạ.</li>
<li>Xác minh bằng cách gọi lại số đã biết.</li>
<li>Bị lừa: báo ngân hàng và công an ngay.</li>
</ul>
`,
      },
      {
        key: 'l2-fake-news',
        titleVi: 'Tin giả, tin sai sự thật: nhận diện và ứng xử',
        titleEn: 'Fake news: how to recognise it and respond',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Tin giả lan rất nhanh qua các nhóm Zalo, Facebook: thông tin thất thiệt về dịch bệnh, về chính sách, về sáp nhập đơn vị hành chính, về người nổi tiếng. Cán bộ Hội là người có uy tín với hội viên, vì vậy một lần chia sẻ nhầm tin giả có thể làm nhiều người tin theo.</p>
<h3>Dấu hiệu của tin giả</h3>
<ul>
<li>Tiêu đề giật gân, dùng nhiều dấu chấm than, chữ in hoa, kêu gọi “chia sẻ ngay”.</li>
<li>Không rõ nguồn, hoặc nguồn là một trang lạ, tài khoản mới lập.</li>
<li>Không có thời gian, địa điểm cụ thể; ảnh cũ được gắn cho sự việc mới.</li>
<li>Chỉ một trang đăng, các cơ quan báo chí chính thống không hề đưa tin.</li>
<li>Đánh vào cảm xúc: sợ hãi, phẫn nộ, thương cảm.</li>
</ul>
<h3>Kiểm tra trước khi chia sẻ: bốn câu hỏi</h3>
<ol>
<li><strong>Ai đăng?</strong> Cơ quan nhà nước, báo chí chính thống hay tài khoản không rõ danh tính?</li>
<li><strong>Khi nào?</strong> Tin có phải chuyện cũ được đăng lại không?</li>
<li><strong>Ở đâu khác?</strong> Cổng thông tin của chính quyền, báo chí chính thống có đưa tin không?</li>
<li><strong>Mục đích gì?</strong> Tin có kèm quảng cáo, kêu gọi chuyển tiền, hay kích động không?</li>
</ol>
<h3>Ứng xử đúng</h3>
<p>Chưa chắc chắn thì <strong>không chia sẻ</strong>. Khi thấy tin sai trong nhóm do mình quản lý, nhắc nhở nhẹ nhàng, đưa thông tin chính thống để đính chính và gỡ tin nếu cần. Với thông tin liên quan đến chính sách của địa phương, hỏi lại Hội cấp trên hoặc chính quyền cơ sở. Đăng tải, chia sẻ thông tin sai sự thật có thể bị xử lý theo quy định của pháp luật.</p>
<h3>Tình huống</h3>
<p>Trong nhóm Zalo hội viên lan truyền tin “từ tháng sau mỗi hộ phải nộp phí làm lại giấy tờ do sáp nhập xã”. Chị Chủ tịch Hội hỏi lại Ủy ban nhân dân xã, được biết không có quy định này. Chị đăng đính chính, ghim lên nhóm và nhắc chị em chỉ tin thông báo chính thức của chính quyền.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Dừng lại, kiểm tra, rồi mới chia sẻ.</li>
<li>Đối chiếu với nguồn chính thống; chưa chắc thì không chia sẻ.</li>
<li>Cán bộ Hội chủ động đính chính tin sai trong nhóm mình quản lý.</li>
</ul>
`,
      },
      {
        key: 'l3-personal-data',
        titleVi: 'Bảo vệ dữ liệu cá nhân của hội viên',
        titleEn: "Protecting members' personal data",
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Trong công tác Hội, cán bộ nắm giữ nhiều thông tin của hội viên: họ tên, ngày sinh, số điện thoại, số định danh cá nhân, hoàn cảnh gia đình, tình trạng vay vốn, có khi cả thông tin về bạo lực gia đình hay sức khỏe. Đây là dữ liệu cá nhân được pháp luật bảo vệ (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân và các quy định pháp luật liên quan). Để lộ những thông tin này có thể gây hại thật sự cho chị em.</p>
<h3>Nguyên tắc cơ bản</h3>
<ul>
<li><strong>Thu thập vừa đủ:</strong> chỉ ghi những thông tin cần cho công việc. Làm danh sách tập huấn thì không cần số định danh cá nhân nếu không bắt buộc.</li>
<li><strong>Đúng mục đích:</strong> thông tin thu để xét hỗ trợ thì không dùng vào việc khác, không đưa cho người bán hàng, bảo hiểm.</li>
<li><strong>Thông báo cho hội viên:</strong> nói rõ thu thông tin để làm gì, ai được xem.</li>
<li><strong>Giới hạn người xem:</strong> chỉ người có nhiệm vụ mới được xem danh sách đầy đủ.</li>
</ul>
<h3>Những việc cần tránh</h3>
<ol>
<li>Đăng ảnh chụp danh sách hội viên có số điện thoại, số căn cước lên nhóm Zalo đông người.</li>
<li>Đăng ảnh, tên tuổi, địa chỉ của hội viên là nạn nhân bạo lực gia đình, người có hoàn cảnh khó khăn khi chưa được đồng ý.</li>
<li>Chia sẻ bảng tính dữ liệu ở chế độ “ai có link cũng xem được”.</li>
<li>Để sổ sách, hồ sơ trên bàn ở nơi đông người; dùng chung máy tính mà không đăng xuất.</li>
</ol>
<h3>Khi làm truyền thông</h3>
<p>Khi viết tin, đăng ảnh về hoạt động hỗ trợ hội viên khó khăn, hãy hỏi ý kiến người được hỗ trợ; có thể chụp ảnh từ phía sau, không nêu địa chỉ cụ thể. Với trẻ em, cần đặc biệt thận trọng.</p>
<h3>Tình huống</h3>
<p>Chi hội trưởng gửi danh sách hộ nghèo kèm số điện thoại lên nhóm Zalo 150 người để “mọi người cùng biết”. Ít ngày sau, nhiều chị nhận cuộc gọi mời vay tiền lãi cao. Chủ tịch Hội xã hướng dẫn gỡ danh sách, chỉ gửi riêng cho người phụ trách và nhắc nhở toàn bộ chi hội về việc bảo vệ dữ liệu.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Thu vừa đủ, dùng đúng mục đích, chỉ người có nhiệm vụ mới được xem.</li>
<li>Không đăng danh sách có thông tin cá nhân lên nhóm đông người.</li>
<li>Tôn trọng hình ảnh và hoàn cảnh riêng của hội viên.</li>
</ul>
`,
      },
    ],
  },
];

export const CONFIDENCE_DIGITAL_LEADERSHIP: SeedCourse = {
  key: 'confidence-digital-leadership',
  titleVi: 'Tự tin và chủ động – năng lực lãnh đạo của phụ nữ trong thời đại số',
  titleEn: "Confidence and initiative – women's leadership in the digital era",
  summaryVi:
    'Bồi dưỡng kỹ năng số cho cán bộ nữ chủ chốt để ứng dụng công nghệ thông tin trong tham mưu, chỉ đạo và điều hành công tác Hội: dùng điện thoại, Zalo, thư điện tử an toàn; họp trực tuyến; tài liệu và bảng tính dùng chung; an toàn thông tin, tin giả, bảo vệ dữ liệu cá nhân; tự tin phát biểu và lãnh đạo trong thời đại số.',
  summaryEn:
    'Digital skills for key women cadres so that they use IT in advising, directing and running union work: safe use of smartphones, Zalo and e-mail; online meetings; shared documents and spreadsheets; information security, fake news and personal data protection; confident speaking and leadership in the digital era.',
  category: 'leadership',
  estimatedMinutes: sumLessonMinutes(modules),
  requiredFor: ['president', 'vice_president', 'executive_member', 'full_time_staff'],
  includeReserves: true,
  modules,
};

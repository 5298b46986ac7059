import { type SeedCourse, type SeedModule, sumLessonMinutes } from './programme-content';

const modules: SeedModule[] = [
  {
    key: 'm1-mobilising-women',
    titleVi: 'Tuyên truyền, vận động, tập hợp phụ nữ',
    titleEn: 'Reaching, mobilising and gathering women',
    lessons: [
      {
        key: 'l1-know-your-area',
        titleVi: 'Nắm chắc phụ nữ trên địa bàn chi hội',
        titleEn: 'Knowing the women in your branch area',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Muốn vận động được phụ nữ, trước hết chi hội trưởng phải biết trên địa bàn thôn, tổ dân phố của mình có bao nhiêu phụ nữ, họ là ai, đang làm gì, gặp khó khăn gì. Đây là nền tảng cho mọi hoạt động của chi hội.</p>
<h3>Những thông tin cần nắm</h3>
<ul>
<li>Tổng số phụ nữ từ 18 tuổi trở lên trên địa bàn; số đã là hội viên, số chưa vào Hội.</li>
<li>Theo độ tuổi: phụ nữ trẻ, trung niên, cao tuổi.</li>
<li>Theo nghề nghiệp: làm nông, buôn bán, công nhân đi làm khu công nghiệp, làm ăn xa.</li>
<li>Theo hoàn cảnh: hộ nghèo, cận nghèo, phụ nữ đơn thân, phụ nữ khuyết tật, người có hoàn cảnh đặc biệt.</li>
<li>Nhu cầu và sở thích: vay vốn, học nghề, chăm sóc con cái, văn nghệ, thể dục.</li>
</ul>
<h3>Cách thu thập thông tin</h3>
<ol>
<li>Phối hợp với trưởng thôn, tổ trưởng dân phố, đối chiếu danh sách hộ gia đình.</li>
<li>Nhờ các tổ trưởng phụ nữ, hội viên nòng cốt ở từng xóm, cụm dân cư.</li>
<li>Đến thăm trực tiếp những gia đình mới chuyển đến, phụ nữ mới lấy chồng về địa phương.</li>
<li>Ghi chép vào sổ theo dõi hoặc bảng danh sách; cập nhật ít nhất mỗi quý.</li>
</ol>
<h3>Phân nhóm để có cách tiếp cận phù hợp</h3>
<p>Không thể dùng một cách cho tất cả. Phụ nữ trẻ đi làm công ty cả ngày thì khó tham gia sinh hoạt buổi sáng, nhưng có thể kết nối qua nhóm Zalo và gặp vào tối chủ nhật. Phụ nữ cao tuổi thích sinh hoạt trực tiếp, gắn với văn nghệ, dưỡng sinh. Hộ khó khăn cần được hỗ trợ thiết thực trước khi nói đến việc tham gia hoạt động.</p>
<h3>Tình huống</h3>
<p>Chi hội thôn Đông có khoảng 40 phụ nữ trẻ chưa vào Hội, phần lớn làm công nhân. Chi hội trưởng cùng hai hội viên nòng cốt lập danh sách, ghi rõ ai làm ca ngày, ai làm ca đêm. Nhờ vậy, chi hội chọn được thời gian sinh hoạt phù hợp và lần đầu tiên có 15 chị em công nhân tham dự.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Biết rõ từng nhóm phụ nữ trên địa bàn thì mới vận động đúng cách.</li>
<li>Phối hợp với thôn, tổ dân phố và dựa vào hội viên nòng cốt.</li>
<li>Cập nhật danh sách thường xuyên; giữ kín thông tin riêng của chị em.</li>
</ul>
`,
      },
      {
        key: 'l2-mobilising-methods',
        titleVi: 'Phương pháp vận động phụ nữ tham gia Hội',
        titleEn: 'Ways to mobilise women to join the union',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Phụ nữ tham gia Hội khi thấy Hội mang lại lợi ích thiết thực cho bản thân và gia đình, và khi được mời bằng sự chân thành. Vận động không phải là đi “thu người” cho đủ chỉ tiêu mà là giúp chị em thấy được giá trị của việc cùng nhau.</p>
<h3>Một số cách làm hiệu quả</h3>
<ol>
<li><strong>Gặp gỡ trực tiếp:</strong> đến nhà, trò chuyện lúc chị em rảnh; hỏi han về gia đình, công việc trước khi nói về Hội.</li>
<li><strong>Nói về lợi ích cụ thể:</strong> được tham gia tổ tiết kiệm, tổ vay vốn, được tập huấn kiến thức nuôi con, phòng chống bạo lực gia đình, được giới thiệu học nghề, việc làm.</li>
<li><strong>Dựa vào người có uy tín:</strong> hội viên nòng cốt, người cùng họ hàng, cùng nghề, người được chị em tin tưởng.</li>
<li><strong>Thành lập tổ, nhóm, câu lạc bộ theo sở thích và nhu cầu:</strong> câu lạc bộ dân vũ, tổ hợp tác sản xuất, nhóm bán hàng trực tuyến.</li>
<li><strong>Gắn với phong trào và cuộc vận động của Hội:</strong> phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”, cuộc vận động “Xây dựng gia đình 5 không 3 sạch”.</li>
<li><strong>Mời dự một buổi sinh hoạt vui:</strong> để chị em tự cảm nhận không khí của chi hội.</li>
</ol>
<h3>Điều nên tránh</h3>
<ul>
<li>Chỉ thông báo “đi họp” mà không nói rõ nội dung, lợi ích.</li>
<li>Vận động chung chung qua loa phát thanh rồi coi như đã xong.</li>
<li>Gây áp lực, so sánh, trách móc những chị chưa tham gia.</li>
<li>Hứa hẹn những việc chi hội không làm được.</li>
</ul>
<h3>Giữ chân hội viên sau khi vào Hội</h3>
<p>Hội viên mới cần được giới thiệu với chi hội, được giao một việc nhỏ phù hợp và được quan tâm khi có việc hiếu, hỷ, ốm đau. Sinh hoạt đều đặn, nội dung thiết thực là cách giữ chân hội viên tốt nhất.</p>
<h3>Tình huống</h3>
<p>Chị Huyền, 28 tuổi, bán hàng online, từ chối vào Hội vì “không có thời gian họp hành”. Chi hội trưởng mời chị hướng dẫn các hội viên lớn tuổi cách chụp ảnh sản phẩm để bán nông sản qua mạng. Chị thấy mình có ích, tham gia Hội và sau đó trở thành tổ trưởng nhóm “Phụ nữ kinh doanh online” của thôn.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Chân thành, kiên trì, nói về lợi ích cụ thể.</li>
<li>Dựa vào người có uy tín và các tổ, nhóm theo sở thích.</li>
<li>Giao việc phù hợp để hội viên mới thấy mình có giá trị.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-mobilisation-plan',
        titleVi: 'Thực hành: Lập kế hoạch vận động phụ nữ chưa vào Hội',
        titleEn: 'Practice: plan how to reach women who have not yet joined',
        estimatedMinutes: 12,
        completion: 'marked_done',
        html: `
<p>Trong bài thực hành này, chị lập một kế hoạch nhỏ để vận động 3 đến 5 phụ nữ trên địa bàn chi hội mình tham gia Hội trong vòng một tháng. Kế hoạch có thể viết ra giấy, ghi chú trên điện thoại hoặc lập bảng đơn giản.</p>
<h3>Bước 1. Chọn người cần vận động</h3>
<p>Dựa vào danh sách phụ nữ trên địa bàn, chọn những chị chưa là hội viên. Nên chọn đa dạng: một chị trẻ, một chị làm ăn xa mới về, một chị có hoàn cảnh khó khăn.</p>
<h3>Bước 2. Tìm hiểu từng người</h3>
<p>Với mỗi người, trả lời: chị ấy đang làm gì, lúc nào rảnh, quan tâm đến điều gì, ai là người chị ấy tin tưởng nhất trong thôn.</p>
<h3>Bước 3. Lập bảng kế hoạch</h3>
<table>
<thead>
<tr><th>Người được vận động</th><th>Nhu cầu, mối quan tâm</th><th>Cách tiếp cận</th><th>Ai đi cùng</th><th>Thời gian</th></tr>
</thead>
<tbody>
<tr><td>Chị A, 25 tuổi, công nhân</td><td>Chăm con nhỏ, ít thời gian</td><td>Kết bạn Zalo, mời dự buổi nói chuyện nuôi con khoa học</td><td>Hội viên cùng xóm</td><td>Tối chủ nhật tuần 1</td></tr>
<tr><td>Chị B, 40 tuổi, hộ cận nghèo</td><td>Cần vốn chăn nuôi</td><td>Đến nhà, giới thiệu tổ tiết kiệm và vay vốn</td><td>Tổ trưởng tổ vay vốn</td><td>Tuần 2</td></tr>
<tr><td>Chị C, 35 tuổi, mới làm ăn xa về</td><td>Tìm việc làm tại địa phương</td><td>Giới thiệu lớp học nghề, mời dự sinh hoạt</td><td>Chi hội phó</td><td>Tuần 3</td></tr>
</tbody>
</table>
<h3>Bước 4. Thực hiện và ghi lại kết quả</h3>
<ul>
<li>Sau mỗi lần gặp, ghi ngắn: chị ấy nói gì, có đồng ý tham gia không, cần hỗ trợ gì thêm.</li>
<li>Với người chưa đồng ý, không ép buộc; hẹn lần gặp sau hoặc mời tham gia một hoạt động cụ thể.</li>
<li>Với người đã đồng ý, hướng dẫn thủ tục kết nạp theo quy định và giới thiệu tại buổi sinh hoạt gần nhất.</li>
</ul>
<h3>Tình huống</h3>
<p>Chi hội phó thôn Nam lập kế hoạch vận động 4 chị. Sau một tháng, 3 chị vào Hội; chị còn lại chưa đồng ý nhưng đã tham gia câu lạc bộ dân vũ của chi hội. Kế hoạch được chia sẻ tại buổi sinh hoạt để các chi hội khác học tập.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Kế hoạch vận động cần cụ thể từng người, từng cách tiếp cận.</li>
<li>Ghi lại kết quả để rút kinh nghiệm và báo cáo.</li>
<li>Hoàn thành bài thực hành, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm2-branch-activities',
    titleVi: 'Tổ chức sinh hoạt chi hội',
    titleEn: 'Running branch meetings and activities',
    lessons: [
      {
        key: 'l1-planning-meeting',
        titleVi: 'Chuẩn bị một buổi sinh hoạt chi hội',
        titleEn: 'Preparing a branch meeting',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Sinh hoạt chi hội là nơi hội viên gặp nhau, được thông tin, được bàn bạc và cùng quyết định công việc chung. Một buổi sinh hoạt được chuẩn bị kỹ sẽ thu hút chị em đến đông và ra về với những điều bổ ích.</p>
<h3>Xác định nội dung</h3>
<p>Nội dung sinh hoạt dựa trên ba nguồn: chương trình, kế hoạch của Hội cơ sở; nhiệm vụ của thôn, tổ dân phố; và nhu cầu thực tế của hội viên. Mỗi buổi nên có một chủ đề chính, ví dụ: phòng chống lừa đảo qua mạng, chăm sóc sức khỏe sinh sản, kinh nghiệm trồng rau an toàn.</p>
<h3>Danh sách việc cần chuẩn bị</h3>
<ol>
<li><strong>Họp Ban quản lý chi hội</strong> để thống nhất nội dung, phân công người phụ trách từng phần.</li>
<li><strong>Chọn thời gian, địa điểm</strong> phù hợp với đa số hội viên, tránh mùa vụ, giờ đón con.</li>
<li><strong>Thông báo</strong> trước ít nhất 3 ngày: qua loa truyền thanh, nhóm Zalo, nhắn trực tiếp cho các tổ trưởng.</li>
<li><strong>Chuẩn bị tài liệu:</strong> văn bản cấp trên cần phổ biến, số liệu hoạt động, sổ quỹ để công khai.</li>
<li><strong>Mời báo cáo viên</strong> nếu cần: cán bộ y tế, công an xã, cán bộ khuyến nông.</li>
<li><strong>Chuẩn bị hậu cần:</strong> chỗ ngồi, loa, nước uống, sổ biên bản, danh sách điểm danh.</li>
</ol>
<h3>Đổi mới hình thức</h3>
<p>Sinh hoạt không nhất thiết chỉ ngồi nghe đọc văn bản. Có thể lồng ghép hái hoa dân chủ, đố vui có thưởng, chiếu video ngắn, trình diễn nấu ăn, giao lưu văn nghệ, hoặc tham quan mô hình kinh tế của hội viên. Hình thức vui, nội dung thiết thực thì chị em sẽ muốn đến lần sau.</p>
<h3>Tình huống</h3>
<p>Chi hội thôn Bắc thường chỉ có khoảng một phần ba hội viên đến sinh hoạt. Chi hội trưởng khảo sát nhanh qua nhóm Zalo, biết chị em muốn học cách bán nông sản qua mạng. Buổi sinh hoạt tiếp theo mời một hội viên trẻ hướng dẫn và dành thời gian cuối buổi phổ biến văn bản mới. Số người tham dự tăng gấp đôi.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Nội dung xuất phát từ kế hoạch của Hội và nhu cầu của hội viên.</li>
<li>Phân công rõ, thông báo sớm, chuẩn bị đủ tài liệu và hậu cần.</li>
<li>Đổi mới hình thức để sinh hoạt hấp dẫn hơn.</li>
</ul>
`,
      },
      {
        key: 'l2-agenda-and-chairing',
        titleVi: 'Chương trình và cách điều hành buổi sinh hoạt',
        titleEn: 'The agenda and how to chair a branch meeting',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Một buổi sinh hoạt chi hội thường kéo dài khoảng 60 đến 90 phút. Có chương trình rõ ràng giúp buổi sinh hoạt đúng giờ, đủ nội dung và hội viên không thấy mệt mỏi.</p>
<h3>Chương trình mẫu</h3>
<table>
<thead>
<tr><th>Thời gian</th><th>Nội dung</th><th>Người thực hiện</th></tr>
</thead>
<tbody>
<tr><td>5 phút</td><td>Ổn định, điểm danh, giới thiệu đại biểu và hội viên mới</td><td>Chi hội phó</td></tr>
<tr><td>10 phút</td><td>Đánh giá kết quả hoạt động từ buổi sinh hoạt trước</td><td>Chi hội trưởng</td></tr>
<tr><td>15 phút</td><td>Phổ biến văn bản, nhiệm vụ mới của Hội cấp trên và địa phương</td><td>Chi hội trưởng</td></tr>
<tr><td>25 phút</td><td>Sinh hoạt chuyên đề theo chủ đề đã chọn</td><td>Báo cáo viên hoặc hội viên</td></tr>
<tr><td>15 phút</td><td>Hội viên thảo luận, nêu ý kiến, kiến nghị</td><td>Tất cả hội viên</td></tr>
<tr><td>5 phút</td><td>Công khai thu chi quỹ (nếu đến kỳ)</td><td>Người giữ quỹ</td></tr>
<tr><td>5 phút</td><td>Kết luận, phân công nhiệm vụ</td><td>Chi hội trưởng</td></tr>
</tbody>
</table>
<h3>Kỹ năng điều hành</h3>
<ul>
<li><strong>Bắt đầu đúng giờ</strong> để tôn trọng người đến đúng hẹn.</li>
<li><strong>Khuyến khích mọi người nói:</strong> mời đích danh những chị ít phát biểu, hỏi những câu mở như “Chị thấy việc này ở xóm mình thế nào?”.</li>
<li><strong>Giữ trọng tâm:</strong> khi thảo luận đi quá xa, nhẹ nhàng đưa về chủ đề và ghi lại vấn đề để bàn sau.</li>
<li><strong>Xử lý tranh luận:</strong> ghi nhận ý kiến của cả hai bên, không để công kích cá nhân; vấn đề phức tạp thì hẹn trao đổi riêng.</li>
<li><strong>Chốt việc rõ ràng:</strong> việc gì, ai làm, khi nào xong.</li>
</ul>
<h3>Tình huống</h3>
<p>Trong buổi sinh hoạt, hai hội viên tranh cãi gay gắt về việc góp tiền làm đường bê tông ngõ xóm. Chi hội trưởng mời mỗi chị nói ý kiến trong hai phút, tóm tắt lại điểm giống và khác nhau, đề nghị chi hội kiến nghị với thôn công khai dự toán. Không khí dịu lại và buổi sinh hoạt kết thúc đúng giờ.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Có chương trình, có người thực hiện, có thời gian cho từng phần.</li>
<li>Dành thời gian cho hội viên nói, không chỉ để cán bộ nói.</li>
<li>Kết thúc bằng kết luận và phân công cụ thể, ghi vào biên bản.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-minutes',
        titleVi: 'Thực hành: Ghi biên bản sinh hoạt chi hội',
        titleEn: 'Practice: taking the minutes of a branch meeting',
        estimatedMinutes: 12,
        completion: 'marked_done',
        html: `
<p>Biên bản là căn cứ ghi nhận những gì chi hội đã bàn và quyết định. Khi có thắc mắc về một khoản thu, một quyết định của chi hội, biên bản là bằng chứng. Biên bản cũng là nguồn số liệu để chi hội trưởng báo cáo lên Hội cơ sở.</p>
<h3>Nội dung cần có trong biên bản</h3>
<ol>
<li>Tên chi hội, tên Hội cơ sở.</li>
<li>Thời gian bắt đầu, địa điểm.</li>
<li>Thành phần: tổng số hội viên, số có mặt, số vắng (có lý do, không có lý do), đại biểu dự.</li>
<li>Người chủ trì, người ghi biên bản (thư ký).</li>
<li>Nội dung sinh hoạt: tóm tắt từng phần theo chương trình.</li>
<li>Ý kiến thảo luận: ghi tên người phát biểu và ý chính.</li>
<li>Kết luận, nghị quyết; kết quả biểu quyết nếu có (số đồng ý, không đồng ý).</li>
<li>Thời gian kết thúc; chữ ký của chủ trì và thư ký.</li>
</ol>
<h3>Nguyên tắc ghi biên bản</h3>
<ul>
<li>Ghi trung thực, khách quan, không thêm ý của người ghi.</li>
<li>Ghi ý chính, không cần ghi từng lời; số liệu, tên người, thời hạn phải chính xác.</li>
<li>Đọc lại biên bản trước khi kết thúc để hội viên thông qua.</li>
<li>Lưu biên bản vào sổ sinh hoạt hoặc thư mục riêng; có thể chụp ảnh rõ nét để lưu trên máy.</li>
</ul>
<h3>Bài tập</h3>
<p>Tại buổi sinh hoạt chi hội gần nhất (hoặc một cuộc họp chị tham dự), hãy tự ghi một biên bản đủ tám nội dung trên. Sau đó tự kiểm tra theo bảng:</p>
<table>
<thead>
<tr><th>Tiêu chí</th><th>Đạt/Chưa đạt</th></tr>
</thead>
<tbody>
<tr><td>Có đủ thời gian, địa điểm, thành phần, số có mặt</td><td></td></tr>
<tr><td>Ghi rõ người chủ trì, thư ký</td><td></td></tr>
<tr><td>Ý kiến thảo luận có tên người phát biểu</td><td></td></tr>
<tr><td>Kết luận có việc, người phụ trách, thời hạn</td><td></td></tr>
<tr><td>Có chữ ký chủ trì và thư ký</td><td></td></tr>
</tbody>
</table>
<h3>Tình huống</h3>
<p>Cuối năm, một số hội viên thắc mắc vì sao quỹ chi hội chi mua quà cho hội viên ốm đau nhiều hơn năm trước. Chi hội trưởng mở biên bản các buổi sinh hoạt, trong đó ghi rõ chi hội đã biểu quyết nâng mức thăm hỏi. Thắc mắc được giải đáp ngay.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Biên bản ghi trung thực, đủ thành phần, ý kiến và kết luận.</li>
<li>Đọc lại để thông qua, có chữ ký, lưu giữ cẩn thận.</li>
<li>Hoàn thành bài tập, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm3-members-aspirations',
    titleVi: 'Nắm bắt tư tưởng, tâm tư, nguyện vọng của hội viên',
    titleEn: "Understanding members' thoughts and aspirations",
    lessons: [
      {
        key: 'l1-listening',
        titleVi: 'Lắng nghe để hiểu hội viên',
        titleEn: 'Listening to understand members',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Nắm bắt tư tưởng, tâm tư, nguyện vọng của hội viên là nhiệm vụ thường xuyên của chi hội trưởng. Chị em có tin tưởng, chia sẻ thật lòng hay không phụ thuộc nhiều vào cách cán bộ lắng nghe.</p>
<h3>Lắng nghe tích cực là gì?</h3>
<p>Lắng nghe tích cực là nghe bằng cả sự chú ý và thái độ tôn trọng: để người nói nói hết, hiểu đúng điều họ muốn nói và cho họ thấy mình đã hiểu.</p>
<ul>
<li><strong>Dành thời gian:</strong> chọn lúc và nơi phù hợp, không vừa nghe vừa xem điện thoại.</li>
<li><strong>Không ngắt lời, không vội phán xét:</strong> để chị em nói hết câu chuyện.</li>
<li><strong>Hỏi để hiểu rõ:</strong> “Chị có thể kể thêm việc đó xảy ra thế nào không?”.</li>
<li><strong>Nhắc lại để kiểm tra:</strong> “Ý chị là chị lo chưa có tiền đóng học cho cháu, đúng không?”.</li>
<li><strong>Ghi nhận cảm xúc:</strong> “Em hiểu chị đang rất mệt mỏi”.</li>
</ul>
<h3>Những dịp để lắng nghe</h3>
<ol>
<li>Thăm hỏi tại gia đình, nhất là khi hội viên có việc hiếu, hỷ, ốm đau, khó khăn.</li>
<li>Gặp gỡ ngoài đồng, ở chợ, tại các buổi sinh hoạt tổ, câu lạc bộ.</li>
<li>Trò chuyện riêng sau buổi sinh hoạt chi hội.</li>
<li>Tin nhắn riêng trên Zalo – lưu ý chuyện tế nhị nên gặp trực tiếp.</li>
</ol>
<h3>Giữ bí mật, tôn trọng</h3>
<p>Những điều chị em tâm sự riêng, nhất là chuyện gia đình, bạo lực, nợ nần, sức khỏe, phải được giữ kín. Chỉ trao đổi với người có trách nhiệm khi cần hỗ trợ, và nên hỏi ý kiến người chia sẻ trước. Nếu có dấu hiệu nguy hiểm đến tính mạng, cần báo ngay cho công an và chính quyền cơ sở.</p>
<h3>Tình huống</h3>
<p>Chị Tâm vắng sinh hoạt ba buổi liền. Chi hội trưởng không trách mà đến nhà hỏi thăm. Qua trò chuyện, chị biết chồng chị Tâm mất việc, gia đình đang nợ tiền. Chi hội giới thiệu chị Tâm vào tổ tiết kiệm và vay vốn, đồng thời kết nối việc làm thời vụ cho chồng chị.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Nghe nhiều hơn nói; hỏi để hiểu, nhắc lại để kiểm tra.</li>
<li>Chủ động tìm đến hội viên, nhất là khi có dấu hiệu bất thường.</li>
<li>Giữ bí mật chuyện riêng; báo ngay khi có nguy hiểm.</li>
</ul>
`,
      },
      {
        key: 'l2-collecting-opinions',
        titleVi: 'Thu thập ý kiến, kiến nghị của hội viên',
        titleEn: "Collecting members' opinions and proposals",
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Ngoài lắng nghe từng người, chi hội cần có cách thu thập ý kiến một cách thường xuyên, có hệ thống để biết phần đông hội viên đang quan tâm điều gì, đồng tình hay băn khoăn với chủ trương, chính sách nào.</p>
<h3>Các cách thu thập ý kiến</h3>
<table>
<thead>
<tr><th>Cách làm</th><th>Phù hợp khi</th><th>Lưu ý</th></tr>
</thead>
<tbody>
<tr><td>Thảo luận tại buổi sinh hoạt</td><td>Vấn đề chung, cần bàn bạc</td><td>Mời nhiều người nói, ghi vào biên bản</td></tr>
<tr><td>Qua tổ trưởng, hội viên nòng cốt</td><td>Nắm tình hình từng xóm, cụm dân cư</td><td>Hẹn tổ trưởng báo lại định kỳ</td></tr>
<tr><td>Bình chọn trên nhóm Zalo</td><td>Hỏi nhanh về thời gian, nội dung sinh hoạt</td><td>Không dùng cho chuyện tế nhị</td></tr>
<tr><td>Phiếu hỏi ngắn</td><td>Cần số liệu, ví dụ nhu cầu học nghề</td><td>Câu hỏi ngắn, dễ hiểu, không hỏi thông tin thừa</td></tr>
<tr><td>Gặp riêng</td><td>Chuyện tế nhị, cá nhân</td><td>Giữ bí mật</td></tr>
</tbody>
</table>
<h3>Ghi chép và phân loại</h3>
<p>Chi hội trưởng nên có một sổ hoặc trang ghi chép riêng về ý kiến hội viên. Mỗi ý kiến ghi: ngày, người nêu (hoặc nhóm), nội dung, đã xử lý thế nào. Phân loại thành ba nhóm:</p>
<ol>
<li><strong>Chi hội tự giải quyết được:</strong> như đổi giờ sinh hoạt, thăm hỏi hội viên ốm.</li>
<li><strong>Cần báo cáo Hội cơ sở:</strong> như nhu cầu tập huấn, vay vốn, hỗ trợ hội viên khó khăn.</li>
<li><strong>Thuộc thẩm quyền chính quyền, cơ quan khác:</strong> như đất đai, môi trường, chế độ chính sách – chi hội phản ánh qua Hội cơ sở.</li>
</ol>
<h3>Phản hồi lại cho hội viên</h3>
<p>Hội viên chỉ tiếp tục góp ý khi thấy ý kiến của mình được quan tâm. Dù vấn đề chưa giải quyết được, chi hội vẫn cần thông tin lại: đã báo cáo đến đâu, cấp nào đang xem xét.</p>
<h3>Tình huống</h3>
<p>Nhiều hội viên phàn nàn rác thải ứ đọng ở đầu làng. Chi hội ghi nhận, đưa vào biên bản sinh hoạt, báo cáo Hội xã. Hội xã kiến nghị với Ủy ban nhân dân xã, lịch thu gom được tăng lên. Chi hội thông báo kết quả tại buổi sinh hoạt sau và vận động chị em phân loại rác tại nhà.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Dùng nhiều kênh, phù hợp với từng loại ý kiến.</li>
<li>Ghi chép, phân loại, chuyển đúng nơi giải quyết.</li>
<li>Luôn phản hồi kết quả cho hội viên.</li>
</ul>
`,
      },
      {
        key: 'l3-reporting-upward',
        titleVi: 'Báo cáo tình hình hội viên lên Hội cấp trên',
        titleEn: 'Reporting on members to the union above',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Những gì chi hội nắm được về tư tưởng, tâm tư, nguyện vọng của hội viên chỉ có giá trị khi được phản ánh kịp thời, chính xác lên Hội cơ sở. Từ báo cáo của các chi hội, Hội cơ sở tham mưu cho cấp ủy, chính quyền và báo cáo lên Hội cấp trên.</p>
<h3>Báo cáo định kỳ</h3>
<p>Theo lịch của Hội cơ sở (thường hằng tháng hoặc hằng quý), chi hội trưởng báo cáo ngắn gọn các nội dung:</p>
<ul>
<li>Tình hình tư tưởng chung của hội viên: phấn khởi, đồng tình hay băn khoăn về vấn đề gì.</li>
<li>Những vấn đề hội viên quan tâm: việc làm, giá cả, học hành của con, chính sách mới.</li>
<li>Kiến nghị, đề xuất của hội viên.</li>
<li>Kết quả hoạt động của chi hội và số liệu theo biểu mẫu.</li>
</ul>
<h3>Báo cáo đột xuất</h3>
<p>Những việc sau cần báo ngay cho Hội cơ sở, không chờ đến kỳ báo cáo:</p>
<ol>
<li>Vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em.</li>
<li>Hội viên bị lừa đảo, bị dụ dỗ đi làm ăn xa có dấu hiệu mua bán người.</li>
<li>Nhiều người cùng có bức xúc, khiếu kiện, tụ tập đông người.</li>
<li>Tin đồn, thông tin xấu lan truyền gây hoang mang trong hội viên.</li>
<li>Thiên tai, dịch bệnh, hội viên gặp khó khăn đột xuất cần hỗ trợ.</li>
</ol>
<h3>Báo cáo thế nào cho tốt?</h3>
<ul>
<li><strong>Đúng sự thật:</strong> phân biệt rõ điều đã xác minh và điều mới nghe nói.</li>
<li><strong>Cụ thể:</strong> việc gì, ở đâu, khi nào, bao nhiêu người, đã xử lý gì.</li>
<li><strong>Kịp thời:</strong> việc khẩn cấp thì gọi điện trước, gửi văn bản sau.</li>
<li><strong>Có đề xuất:</strong> chi hội kiến nghị cấp trên làm gì.</li>
<li><strong>Bảo mật:</strong> báo cáo có thông tin nhạy cảm chỉ gửi riêng người có trách nhiệm, không đăng lên nhóm chung.</li>
</ul>
<h3>Tình huống</h3>
<p>Một số hội viên trẻ trong thôn được người lạ mời sang nước ngoài làm việc “lương cao, không cần giấy tờ”. Chi hội trưởng gọi điện báo ngay Chủ tịch Hội xã. Hội xã phối hợp với công an xã tuyên truyền, kịp thời ngăn chặn, không có chị em nào bị lừa.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Báo cáo định kỳ đúng lịch; việc khẩn cấp báo ngay.</li>
<li>Trung thực, cụ thể, có đề xuất.</li>
<li>Thông tin nhạy cảm chỉ gửi người có trách nhiệm.</li>
</ul>
`,
      },
    ],
  },
  {
    key: 'm4-records-and-finance',
    titleVi: 'Biểu mẫu, thông tin và quản lý tài chính chi hội',
    titleEn: 'Forms, information and branch financial management',
    lessons: [
      {
        key: 'l1-branch-records',
        titleVi: 'Sổ sách, biểu mẫu và thông tin của chi hội',
        titleEn: 'Branch registers, forms and information',
        estimatedMinutes: 8,
        completion: 'read_to_end',
        html: `
<p>Sổ sách đầy đủ giúp chi hội trưởng nắm chắc hội viên, theo dõi hoạt động và báo cáo chính xác. Khi bàn giao cho người kế nhiệm, sổ sách rõ ràng giúp công việc không bị gián đoạn.</p>
<h3>Các loại sổ sách thường dùng</h3>
<table>
<thead>
<tr><th>Sổ, tài liệu</th><th>Nội dung chính</th></tr>
</thead>
<tbody>
<tr><td>Sổ theo dõi hội viên</td><td>Họ tên, năm sinh, địa chỉ, ngày vào Hội, tham gia tổ, nhóm nào; biến động (chuyển đi, chuyển đến)</td></tr>
<tr><td>Sổ sinh hoạt chi hội</td><td>Biên bản các buổi sinh hoạt, danh sách tham dự</td></tr>
<tr><td>Sổ quỹ</td><td>Các khoản thu, chi, số tồn của từng loại quỹ</td></tr>
<tr><td>Sổ ghi ý kiến hội viên</td><td>Ý kiến, kiến nghị và kết quả xử lý</td></tr>
<tr><td>Văn bản cấp trên</td><td>Kế hoạch, hướng dẫn, biểu mẫu báo cáo của Hội cơ sở</td></tr>
</tbody>
</table>
<h3>Dùng biểu mẫu báo cáo đúng cách</h3>
<ol>
<li>Dùng đúng mẫu mới nhất do Hội cơ sở gửi, không tự thay đổi cột, dòng.</li>
<li>Đọc kỹ hướng dẫn: mỗi chỉ tiêu tính thế nào, tính từ ngày nào đến ngày nào.</li>
<li>Số liệu lấy từ sổ sách, không ước đoán. Số liệu phải khớp với kỳ trước (số đầu kỳ cộng tăng trừ giảm bằng số cuối kỳ).</li>
<li>Gửi đúng hạn; khi không rõ, hỏi lại cán bộ Hội cơ sở.</li>
</ol>
<h3>Giữ sổ sách và thông tin an toàn</h3>
<ul>
<li>Cất sổ sách nơi khô ráo, tránh mối mọt, ẩm ướt.</li>
<li>Có thể chụp ảnh hoặc nhập vào bảng tính để lưu dự phòng, nhưng không đăng lên nhóm đông người.</li>
<li>Khi nghỉ nhiệm vụ, bàn giao đầy đủ sổ sách, có biên bản bàn giao.</li>
</ul>
<h3>Tình huống</h3>
<p>Khi Hội cơ sở hỏi số hội viên tham gia tổ tiết kiệm, chi hội A trả lời trong mười phút nhờ sổ theo dõi được cập nhật thường xuyên. Chi hội B phải đi hỏi lại từng tổ mất ba ngày, và số liệu còn chênh với báo cáo quý trước. Sau buổi giao ban, chi hội B học cách ghi sổ của chi hội A.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Đủ sổ, ghi thường xuyên, số liệu khớp giữa các kỳ.</li>
<li>Dùng đúng biểu mẫu, gửi đúng hạn.</li>
<li>Bảo quản cẩn thận; bàn giao có biên bản.</li>
</ul>
`,
      },
      {
        key: 'l2-fund-management',
        titleVi: 'Quản lý quỹ chi hội: thu, chi và sổ quỹ',
        titleEn: 'Managing the branch fund: receipts, expenditure and the fund book',
        estimatedMinutes: 10,
        completion: 'read_to_end',
        html: `
<p>Quỹ của chi hội là tiền của hội viên đóng góp, hoặc do chi hội vận động được. Quản lý quỹ minh bạch giữ gìn niềm tin của hội viên và uy tín của cán bộ. Ngược lại, chỉ một khoản thu chi không rõ ràng cũng có thể gây mất đoàn kết.</p>
<h3>Nguyên tắc quản lý quỹ</h3>
<ul>
<li><strong>Tập thể quyết định:</strong> mức thu, nội dung chi và mức chi do hội viên bàn bạc, biểu quyết và ghi vào biên bản; hội phí thực hiện theo Điều lệ Hội và hướng dẫn của Hội cấp trên.</li>
<li><strong>Tách người giữ tiền và người ghi sổ:</strong> nên có một người giữ tiền (thủ quỹ) và một người ghi sổ hoặc kiểm tra, không để một người vừa giữ tiền, vừa ghi sổ, vừa tự quyết chi.</li>
<li><strong>Mọi khoản thu chi đều có chứng từ:</strong> phiếu thu, phiếu chi, hóa đơn hoặc giấy biên nhận có chữ ký.</li>
<li><strong>Tách riêng từng quỹ:</strong> quỹ hội, quỹ tiết kiệm, quỹ hỗ trợ hội viên khó khăn được ghi sổ riêng, không dùng lẫn.</li>
</ul>
<h3>Ghi sổ quỹ</h3>
<p>Sổ quỹ ghi theo thứ tự thời gian, mỗi khoản một dòng:</p>
<table>
<thead>
<tr><th>Ngày</th><th>Số phiếu</th><th>Diễn giải</th><th>Thu</th><th>Chi</th><th>Tồn</th></tr>
</thead>
<tbody>
<tr><td>01/3</td><td></td><td>Tồn đầu kỳ</td><td></td><td></td><td>1.200.000</td></tr>
<tr><td>05/3</td><td>PT01</td><td>Thu quỹ chi hội quý I theo mức đã thống nhất (30 hội viên)</td><td>360.000</td><td></td><td>1.560.000</td></tr>
<tr><td>12/3</td><td>PC01</td><td>Thăm hội viên ốm (bà Nguyễn Thị Lành)</td><td></td><td>200.000</td><td>1.360.000</td></tr>
</tbody>
</table>
<p>Số tồn mỗi dòng bằng tồn dòng trên cộng thu, trừ chi. Cuối tháng, đối chiếu số tồn trên sổ với tiền mặt thực tế; nếu chênh lệch phải tìm nguyên nhân ngay.</p>
<h3>Những điều tránh</h3>
<ol>
<li>Tẩy xóa trong sổ quỹ – nếu ghi sai, gạch một nét, ghi lại bên cạnh và ký xác nhận.</li>
<li>Cho vay, mượn tiền quỹ khi chưa được tập thể đồng ý.</li>
<li>Để lẫn tiền quỹ với tiền riêng của gia đình.</li>
</ol>
<h3>Tình huống</h3>
<p>Thủ quỹ chi hội ốm nằm viện, chi hội trưởng cần tiền thăm một hội viên. Vì sổ quỹ ghi rõ số tồn và tiền được cất riêng trong phong bì có ghi chú, việc bàn giao tạm thời diễn ra nhanh chóng, có biên bản, không ai thắc mắc.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Tập thể quyết định, có chứng từ, ghi sổ ngay.</li>
<li>Người giữ tiền và người ghi sổ nên tách riêng.</li>
<li>Đối chiếu sổ với tiền mặt hằng tháng.</li>
</ul>
`,
      },
      {
        key: 'l3-practice-transparency',
        titleVi: 'Thực hành: Công khai tài chính chi hội',
        titleEn: 'Practice: publishing the branch accounts',
        estimatedMinutes: 10,
        completion: 'marked_done',
        html: `
<p>Công khai tài chính là việc thông báo cho toàn thể hội viên biết quỹ chi hội đã thu bao nhiêu, chi vào việc gì, còn lại bao nhiêu. Công khai đều đặn giúp hội viên yên tâm đóng góp và giúp cán bộ tránh những nghi ngờ không đáng có.</p>
<h3>Khi nào công khai?</h3>
<ul>
<li>Định kỳ tại buổi sinh hoạt chi hội, theo quý hoặc sáu tháng tùy quy định của chi hội.</li>
<li>Cuối năm, tại buổi tổng kết.</li>
<li>Sau mỗi đợt vận động, quyên góp (ủng hộ thiên tai, giúp hội viên khó khăn).</li>
<li>Khi bàn giao công việc giữa các cán bộ.</li>
</ul>
<h3>Bài tập: lập bảng công khai quý</h3>
<p>Dựa vào sổ quỹ của chi hội mình (hoặc số liệu giả định), hãy lập bảng công khai theo mẫu dưới đây để đọc tại buổi sinh hoạt tới:</p>
<table>
<thead>
<tr><th>Nội dung</th><th>Số tiền (đồng)</th></tr>
</thead>
<tbody>
<tr><td>1. Tồn đầu quý</td><td></td></tr>
<tr><td>2. Tổng thu trong quý (ghi rõ từng khoản)</td><td></td></tr>
<tr><td>3. Tổng chi trong quý (ghi rõ từng khoản, người nhận)</td><td></td></tr>
<tr><td>4. Tồn cuối quý = (1) + (2) – (3)</td><td></td></tr>
<tr><td>5. Tiền mặt thực tế kiểm đếm</td><td></td></tr>
</tbody>
</table>
<h3>Các bước thực hiện</h3>
<ol>
<li>Cùng thủ quỹ đối chiếu sổ với phiếu thu, phiếu chi và tiền mặt thực tế.</li>
<li>Nhờ một hội viên có uy tín (hoặc Ban kiểm tra của Hội cơ sở nếu có) cùng kiểm tra.</li>
<li>Lập bảng công khai, ký xác nhận của chi hội trưởng và thủ quỹ.</li>
<li>Đọc công khai tại buổi sinh hoạt, trả lời câu hỏi của hội viên, ghi vào biên bản.</li>
<li>Có thể dán bảng tại nhà văn hóa thôn; nếu gửi lên nhóm Zalo, chỉ ghi nội dung khoản chi, không ghi thông tin riêng tư của người được hỗ trợ.</li>
</ol>
<h3>Tình huống</h3>
<p>Sau đợt quyên góp ủng hộ bà con vùng lũ, chi hội thôn Trung công khai danh sách đóng góp và biên nhận đã chuyển cho Hội xã ngay tại buổi sinh hoạt. Hội viên rất tin tưởng, đợt vận động tiếp theo số người tham gia tăng lên.</p>
<h3>Ghi nhớ</h3>
<ul>
<li>Công khai định kỳ và sau mỗi đợt vận động.</li>
<li>Số liệu khớp sổ, chứng từ và tiền mặt; có người cùng kiểm tra.</li>
<li>Hoàn thành bảng công khai, chị bấm “Đánh dấu hoàn thành”.</li>
</ul>
`,
      },
    ],
  },
];

export const GRASSROOTS_LEADER_SKILLS: SeedCourse = {
  key: 'grassroots-leader-skills',
  titleVi: 'Kỹ năng nghiệp vụ cho cán bộ Hội cơ sở',
  titleEn: 'Professional skills for grassroots union leaders',
  summaryVi:
    'Dành cho chi hội trưởng, chi hội phó và Chủ tịch Hội cơ sở: kỹ năng tuyên truyền, vận động, tập hợp phụ nữ; tổ chức sinh hoạt chi hội (chuẩn bị, chương trình, biên bản); nắm bắt tư tưởng, tâm tư, nguyện vọng của hội viên và báo cáo lên cấp trên; sử dụng biểu mẫu, thông tin và quản lý tài chính chi hội minh bạch.',
  summaryEn:
    "For branch heads, branch vice-heads and grassroots presidents: reaching, mobilising and gathering women; running branch meetings (preparation, agenda, minutes); understanding members' thoughts and aspirations and reporting upward; using forms and information, and managing the branch fund transparently.",
  category: 'grassroots-work',
  estimatedMinutes: sumLessonMinutes(modules),
  requiredFor: ['branch_head', 'branch_vice_head', 'president'],
  includeReserves: true,
  modules,
};

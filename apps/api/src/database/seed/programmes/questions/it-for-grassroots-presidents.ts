import type { SeedQuestionBank } from './question-content';

export const IT_FOR_GRASSROOTS_PRESIDENTS_QUESTIONS: SeedQuestionBank = {
  courseKey: 'it-for-grassroots-presidents',
  name: 'Ngân hàng câu hỏi: Ứng dụng công nghệ thông tin cho Chủ tịch, Phó Chủ tịch Hội cơ sở',
  modules: [
    {
      moduleKey: 'm1-digital-documents',
      questions: [
        {
          key: 'q1-date-format',
          type: 'single_choice',
          stem: 'Trên văn bản hành chính, ngày 5 tháng 2 năm 2025 được ghi thế nào cho đúng?',
          options: [
            { text: 'ngày 5 tháng 2 năm 2025', correct: false },
            { text: 'ngày 05 tháng 02 năm 2025', correct: true },
            { text: '05/02/2025', correct: false },
            { text: 'ngày 05 tháng 2 năm 2025', correct: false, feedback: 'Tháng 1 và tháng 2 cũng thêm số 0.' },
          ],
          feedback: 'Ngày dưới 10 và tháng 1, tháng 2 được thêm số 0 ở trước: “ngày 05 tháng 02 năm 2025”.',
        },
        {
          key: 'q2-format-rules',
          type: 'multiple_choice',
          stem: 'Những yêu cầu nào đúng khi trình bày văn bản hành chính của Hội trên Word?',
          options: [
            { text: 'Khổ giấy A4, trình bày theo chiều dọc', correct: true },
            { text: 'Phông chữ tiếng Việt Unicode (thường dùng Times New Roman), màu đen', correct: true },
            { text: 'Cỡ chữ phần nội dung từ 13 đến 14', correct: true },
            { text: 'Lề trái hẹp nhất, khoảng 1,5 cm, để được nhiều chữ hơn', correct: false },
          ],
          feedback:
            'Lề trái rộng nhất (3–3,5 cm), lề phải 1,5–2 cm. Cách chắc chắn nhất là dùng tệp mẫu chuẩn nhận từ Hội cấp trên.',
        },
        {
          key: 'q3-link-not-official',
          type: 'true_false',
          stem: 'Khi dự thảo đã thống nhất trên Google Tài liệu, có thể gửi đường link Google Tài liệu thay cho văn bản chính thức đã ký.',
          answer: false,
          feedback:
            'Sai. Văn bản chính thức phải đúng thể thức, được trình ký; bản đã ký được quét hoặc xuất PDF để lưu và gửi đi.',
        },
        {
          key: 'q4-set-as-default',
          type: 'short_text',
          stem: 'Trong hộp thoại Font của Word, sau khi chọn Times New Roman cỡ 14, bấm nút nào để lần sau không phải chọn lại phông chữ?',
          acceptedAnswers: ['Set As Default', 'Set Default', 'Đặt làm mặc định'],
          diacriticsInsensitive: true,
          feedback:
            'Bấm Set As Default (Đặt làm mặc định): đặt một lần để mọi văn bản mới đều dùng phông Unicode đúng yêu cầu.',
        },
        {
          key: 'q5-from-draft-to-issue',
          type: 'ordering',
          stem: 'Sắp xếp các bước từ dự thảo soạn chung đến văn bản chính thức gửi đi.',
          items: [
            { text: 'Soạn dự thảo và lấy ý kiến trên Google Tài liệu' },
            { text: 'Tải về dạng Word, chỉnh thể thức theo mẫu của Hội' },
            { text: 'Trình ký' },
            { text: 'Quét hoặc xuất PDF bản đã ký để lưu và gửi đi' },
          ],
          feedback:
            'Soạn chung để lấy ý kiến nhanh, nhưng văn bản ban hành vẫn phải đúng thể thức, được ký và lưu bản PDF.',
        },
      ],
    },
    {
      moduleKey: 'm2-spreadsheets',
      questions: [
        {
          key: 'q1-countifs',
          type: 'single_choice',
          stem: 'Hàm nào đếm số hội viên thỏa mãn nhiều điều kiện cùng lúc, ví dụ thuộc chi hội Thôn Đông và đã được tập huấn?',
          options: [
            { text: 'COUNTA', correct: false, feedback: 'COUNTA đếm mọi ô có dữ liệu, không theo điều kiện.' },
            { text: 'COUNTIF', correct: false, feedback: 'COUNTIF chỉ đếm theo một điều kiện.' },
            { text: 'COUNTIFS', correct: true },
            { text: 'SUM', correct: false, feedback: 'SUM cộng các số, không đếm người.' },
          ],
          feedback: 'COUNTA đếm số người, COUNTIF đếm theo một điều kiện, COUNTIFS đếm theo nhiều điều kiện.',
        },
        {
          key: 'q2-list-rules',
          type: 'multiple_choice',
          stem: 'Những nguyên tắc nào đúng khi lập danh sách hội viên trên bảng tính?',
          options: [
            { text: 'Mỗi dòng là một hội viên, mỗi cột là một loại thông tin', correct: true },
            { text: 'Không gộp ô trong vùng dữ liệu, không để dòng trống xen giữa', correct: true },
            { text: 'Dùng danh sách chọn sẵn để tên chi hội luôn được ghi thống nhất', correct: true },
            { text: 'Ghi họ tên, năm sinh và chi hội chung vào một ô cho gọn', correct: false },
          ],
          feedback:
            'Một dòng một người, một cột một thông tin, không gộp ô; họ tên, năm sinh, chi hội phải ở các cột riêng thì mới lọc và thống kê được.',
        },
        {
          key: 'q3-phone-as-text',
          type: 'true_false',
          stem: 'Nên định dạng cột số điện thoại là văn bản để giữ được số 0 ở đầu.',
          answer: true,
          feedback:
            'Đúng. Nếu để dạng số, bảng tính sẽ bỏ số 0 đầu, như tình huống danh sách từ 12 chi hội gửi lên xã.',
        },
        {
          key: 'q4-counta',
          type: 'short_text',
          stem: 'Cột B chứa họ tên hội viên từ dòng 2 đến dòng 500. Dùng hàm nào để đếm tổng số hội viên?',
          acceptedAnswers: ['COUNTA', '=COUNTA(B2:B500)', 'COUNTA(B2:B500)'],
          diacriticsInsensitive: true,
          feedback: 'Hàm COUNTA đếm các ô có dữ liệu: =COUNTA(B2:B500) cho tổng số hội viên.',
        },
        {
          key: 'q5-pivot-steps',
          type: 'ordering',
          stem: 'Sắp xếp các bước lập bảng tổng hợp (Pivot) đếm số hội viên theo chi hội.',
          items: [
            { text: 'Chọn vùng dữ liệu có dòng tiêu đề' },
            { text: 'Chèn bảng tổng hợp (Insert → PivotTable hoặc Chèn → Bảng tổng hợp)' },
            { text: 'Kéo cột “Chi hội” vào phần Hàng' },
            { text: 'Kéo cột “Họ và tên” vào phần Giá trị, chọn cách tính là đếm' },
            { text: 'Khi dữ liệu gốc thay đổi, bấm làm mới để cập nhật' },
          ],
          feedback:
            'Bảng tổng hợp thống kê theo nhiều nhóm cùng lúc; nên so với kết quả tính bằng hàm để tự kiểm tra số liệu.',
        },
      ],
    },
    {
      moduleKey: 'm3-digital-services-communication',
      questions: [
        {
          key: 'q1-vneid-login',
          type: 'single_choice',
          stem: 'Người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?',
          options: [
            { text: 'Tài khoản Zalo', correct: false },
            { text: 'Tài khoản định danh điện tử VNeID', correct: true },
            { text: 'Tài khoản Facebook', correct: false },
            { text: 'Tài khoản thư điện tử của Hội', correct: false },
          ],
          feedback:
            'Đăng nhập bằng tài khoản VNeID đã kích hoạt, và chỉ vào đúng địa chỉ dichvucong.gov.vn, cẩn thận với trang giả mạo có địa chỉ gần giống.',
        },
        {
          key: 'q2-fanpage-admin',
          type: 'multiple_choice',
          stem: 'Những việc nào giúp quản trị an toàn trang fanpage của Hội cơ sở?',
          options: [
            { text: 'Có ít nhất hai người quản trị', correct: true },
            { text: 'Tất cả quản trị viên bật xác thực hai yếu tố', correct: true },
            { text: 'Gỡ quyền quản trị ngay khi cán bộ chuyển công tác', correct: true },
            { text: 'Dùng chung một mật khẩu cho fanpage, thư điện tử và Zalo cho dễ nhớ', correct: false },
          ],
          feedback:
            'Trang của Hội là tiếng nói của tổ chức: có người duyệt bài, hai quản trị viên, xác thực hai yếu tố; mỗi tài khoản một mật khẩu mạnh riêng.',
        },
        {
          key: 'q3-digital-signature-legal',
          type: 'true_false',
          stem: 'Theo Luật Giao dịch điện tử năm 2023, chữ ký số đáp ứng đủ điều kiện có giá trị pháp lý như chữ ký tay.',
          answer: true,
          feedback:
            'Đúng. Vì vậy phải giữ bí mật mã PIN, không cho người khác mượn thiết bị hay tài khoản ký số và không nhờ người khác ký thay.',
        },
        {
          key: 'q4-portal-address',
          type: 'short_text',
          stem: 'Địa chỉ chính thức của Cổng Dịch vụ công quốc gia là gì?',
          acceptedAnswers: ['dichvucong.gov.vn', 'https://dichvucong.gov.vn', 'www.dichvucong.gov.vn'],
          feedback:
            'dichvucong.gov.vn. Một đường link “cập nhật dịch vụ công để nhận tiền hỗ trợ” có địa chỉ khác là trang giả mạo, không bấm vào.',
        },
        {
          key: 'q5-public-service-steps',
          type: 'ordering',
          stem: 'Sắp xếp các bước nộp hồ sơ trên Cổng Dịch vụ công quốc gia theo đúng trình tự.',
          items: [
            { text: 'Vào đúng địa chỉ dichvucong.gov.vn' },
            { text: 'Đăng nhập bằng tài khoản VNeID đã kích hoạt' },
            { text: 'Tìm thủ tục, đọc kỹ hướng dẫn và thành phần hồ sơ' },
            { text: 'Điền thông tin, tải giấy tờ đính kèm rõ nét, đủ trang' },
            { text: 'Nộp hồ sơ và lưu mã hồ sơ để tra cứu' },
          ],
          feedback:
            'Đi đúng cổng chính thức, đăng nhập, đọc hướng dẫn, chuẩn bị hồ sơ rồi nộp; mã hồ sơ giúp theo dõi kết quả về sau.',
        },
      ],
    },
  ],
};

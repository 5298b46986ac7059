import type { SeedQuestionBank } from './question-content';

export const CONFIDENCE_DIGITAL_LEADERSHIP_QUESTIONS: SeedQuestionBank = {
  courseKey: 'confidence-digital-leadership',
  name: 'Ngân hàng câu hỏi: Năng lực lãnh đạo của phụ nữ trong thời đại số',
  modules: [
    {
      moduleKey: 'm1-confident-leadership',
      questions: [
        {
          key: 'q1-digital-capacity-meaning',
          type: 'single_choice',
          stem: 'Với cán bộ Hội, “năng lực số” được hiểu đúng nhất là gì?',
          options: [
            {
              text: 'Biết dùng thiết bị và ứng dụng phổ biến một cách an toàn, đúng mục đích và có trách nhiệm',
              correct: true,
            },
            { text: 'Giỏi máy tính như một kỹ sư công nghệ thông tin', correct: false },
            { text: 'Dùng mạng xã hội càng nhiều càng tốt để theo kịp thời đại', correct: false },
            { text: 'Tự viết được phần mềm quản lý hội viên', correct: false },
          ],
          feedback:
            'Năng lực số không đòi hỏi học sâu về kỹ thuật: đó là dùng công nghệ an toàn, đúng mục đích và có trách nhiệm trong công việc hằng ngày.',
        },
        {
          key: 'q2-digital-capacity-parts',
          type: 'multiple_choice',
          stem: 'Những việc nào dưới đây thuộc năng lực số của cán bộ Hội theo bài học?',
          options: [
            { text: 'Tìm, đọc và chọn lọc thông tin từ nguồn chính thống', correct: true },
            { text: 'Bảo vệ tài khoản, dữ liệu của hội viên, nhận diện lừa đảo và tin giả', correct: true },
            { text: 'Soạn văn bản, lập bảng danh sách, viết tin về hoạt động của Hội', correct: true },
            { text: 'Tự tháo lắp, sửa chữa linh kiện máy tính', correct: false },
          ],
          feedback:
            'Năng lực số gồm khai thác thông tin, giao tiếp và phối hợp, tạo lập nội dung, an toàn số và giải quyết vấn đề; sửa chữa phần cứng không nằm trong đó.',
        },
        {
          key: 'q3-confidence-is-a-skill',
          type: 'true_false',
          stem: 'Sự tự tin khi phát biểu trước đông người là năng khiếu bẩm sinh, không thể rèn luyện được.',
          answer: false,
          feedback:
            'Sai. Bài học nhấn mạnh sự tự tin là kỹ năng có thể rèn luyện, và chuẩn bị kỹ là cách tốt nhất để bớt run.',
        },
        {
          key: 'q4-three-main-points',
          type: 'short_text',
          stem: 'Khi chuẩn bị phát biểu, nên chọn bao nhiêu ý chính, vì người nghe thường chỉ nhớ được chừng ấy ý? (ghi bằng số hoặc bằng chữ)',
          acceptedAnswers: ['3', 'ba', '3 ý', 'ba ý', '3 ý chính', 'ba ý chính'],
          diacriticsInsensitive: true,
          feedback: 'Ba ý chính, một ví dụ thật, một đề nghị cụ thể: người nghe thường chỉ nhớ được khoảng ba ý.',
        },
        {
          key: 'q5-speech-order',
          type: 'ordering',
          stem: 'Sắp xếp các việc sau theo đúng trình tự của một lần phát biểu trước hội nghị.',
          items: [
            { text: 'Xác định mục đích, người nghe và viết ra ba ý chính' },
            { text: 'Tập nói thành tiếng, ghi âm hoặc quay video để tự sửa' },
            { text: 'Hít thở chậm, mở đầu ngắn gọn: chào, nêu vấn đề và thời gian sẽ nói' },
            { text: 'Trình bày ba ý chính kèm số liệu hoặc câu chuyện thật ở địa phương' },
            { text: 'Kết thúc bằng điều mình mong mọi người làm' },
          ],
          feedback:
            'Chuẩn bị trước (mục đích, người nghe, ba ý chính), tập nói, rồi khi đứng trước mọi người thì mở đầu ngắn gọn, trình bày ý chính và kết thúc bằng một đề nghị cụ thể.',
        },
      ],
    },
    {
      moduleKey: 'm2-safe-smartphone',
      questions: [
        {
          key: 'q1-official-app-store',
          type: 'single_choice',
          stem: 'Chị nhận tin nhắn: “Điện thoại của bạn bị nhiễm virus, bấm vào đây để cài ứng dụng diệt virus”. Chị nên làm gì?',
          options: [
            { text: 'Bấm vào đường link để cài ngay cho an toàn', correct: false },
            {
              text: 'Không bấm link, xóa tin nhắn; chỉ cài ứng dụng từ kho chính thức (CH Play, App Store)',
              correct: true,
            },
            { text: 'Chuyển tin nhắn vào nhóm Zalo để mọi người cùng cài', correct: false },
            { text: 'Gọi lại số đã gửi tin nhắn để hỏi cách cài', correct: false },
          ],
          feedback:
            'Chỉ cài ứng dụng từ kho chính thức; không cài ứng dụng từ đường link gửi qua tin nhắn, kể cả khi người gửi xưng là cơ quan nhà nước. Sau đó nên nhắc chị em trong chi hội cùng cảnh giác.',
        },
        {
          key: 'q2-zalo-features',
          type: 'multiple_choice',
          stem: 'Những cách nào giúp thông báo quan trọng trong nhóm Zalo của Hội không bị trôi mất?',
          options: [
            { text: 'Ghim thông báo (lịch họp, hạn nộp báo cáo) lên đầu nhóm', correct: true },
            { text: 'Tạo nhắc hẹn cho cuộc họp', correct: true },
            { text: 'Đăng và ghim nội quy, tách riêng nhóm trao đổi mua bán', correct: true },
            { text: 'Để mọi thành viên tự do đăng quảng cáo cho nhóm sôi nổi', correct: false },
          ],
          feedback:
            'Mỗi nhóm một mục đích, có nội quy được ghim; dùng ghim, bình chọn, nhắc hẹn để thông tin không bị trôi giữa hàng trăm tin nhắn.',
        },
        {
          key: 'q3-public-wifi',
          type: 'true_false',
          stem: 'Khi ngồi ở quán cà phê, có thể yên tâm đăng nhập ứng dụng ngân hàng qua Wi-Fi miễn phí của quán.',
          answer: false,
          feedback:
            'Sai. Wi-Fi công cộng có thể không an toàn; không đăng nhập ngân hàng hay tài khoản công việc quan trọng khi dùng Wi-Fi lạ, nên dùng dữ liệu di động của mình.',
        },
        {
          key: 'q4-bcc',
          type: 'short_text',
          stem: 'Khi gửi một thư điện tử cho nhiều người ngoài cơ quan không quen biết nhau, chị nên đặt địa chỉ của họ ở ô nào để không lộ địa chỉ của nhau?',
          acceptedAnswers: ['BCC', 'ô BCC', 'Bcc:'],
          diacriticsInsensitive: true,
          feedback:
            'Ô BCC (gửi ẩn danh sách): người nhận không thấy địa chỉ của nhau. Ô “Đến” dành cho người cần xử lý, ô “CC” cho người cần biết.',
        },
        {
          key: 'q5-email-body-order',
          type: 'ordering',
          stem: 'Sắp xếp các phần của một thư điện tử công việc theo đúng thứ tự.',
          items: [
            { text: 'Lời chào' },
            { text: 'Mục đích của thư, trong một đến hai câu' },
            { text: 'Nội dung chính và đề nghị cụ thể' },
            { text: 'Lời cảm ơn' },
            { text: 'Chữ ký: họ tên, chức danh, đơn vị, số điện thoại' },
          ],
          feedback:
            'Thư công việc đi từ lời chào, mục đích, nội dung chính và đề nghị, đến lời cảm ơn và chữ ký đủ thông tin để người nhận liên hệ lại.',
        },
      ],
    },
    {
      moduleKey: 'm3-online-work',
      questions: [
        {
          key: 'q1-share-spreadsheet',
          type: 'single_choice',
          stem: 'Chị cần các chi hội trưởng cùng nhập số liệu vào một bảng tính. Cách chia sẻ nào đúng?',
          options: [
            {
              text: 'Chọn “Bất kỳ ai có đường liên kết đều chỉnh sửa được” rồi gửi link vào nhóm Zalo hội viên',
              correct: false,
            },
            {
              text: 'Chia sẻ cho từng chi hội trưởng bằng địa chỉ thư, với quyền Người chỉnh sửa',
              correct: true,
            },
            { text: 'Chụp ảnh bảng tính gửi cho từng người để họ điền vào giấy', correct: false },
            { text: 'Cho mượn mật khẩu tài khoản của đơn vị để mọi người tự vào sửa', correct: false },
          ],
          feedback:
            'Chia sẻ cho đúng người, đúng quyền; không để “ai có link cũng sửa được”, vì như tình huống của chị Nga, cả cột số liệu có thể bị xóa mất.',
        },
        {
          key: 'q2-before-meeting',
          type: 'multiple_choice',
          stem: 'Trước một cuộc họp trực tuyến, người tổ chức cần làm những việc nào?',
          options: [
            { text: 'Gửi thông báo sớm: thời gian, nội dung, đường link, mã phòng và tài liệu', correct: true },
            { text: 'Phân công một người hỗ trợ kỹ thuật', correct: true },
            { text: 'Thử trước đường truyền, micro, loa và tài liệu chia sẻ màn hình', correct: true },
            { text: 'Đăng đường link họp lên trang công khai cho mọi người dễ tìm', correct: false },
          ],
          feedback:
            'Thông báo sớm, có người hỗ trợ kỹ thuật, thử thiết bị trước; đặt mật khẩu phòng họp và không đăng đường link họp lên trang công khai.',
        },
        {
          key: 'q3-version-history',
          type: 'true_false',
          stem: 'Nếu lỡ sửa sai hoặc xóa mất số liệu trong tài liệu dùng chung, có thể xem và khôi phục từ lịch sử phiên bản.',
          answer: true,
          feedback: 'Đúng. Lịch sử phiên bản cho biết ai đã sửa gì và cho phép khôi phục bản cũ khi có sự cố.',
        },
        {
          key: 'q4-commenter-role',
          type: 'short_text',
          stem: 'Khi chia sẻ một dự thảo kế hoạch để lấy ý kiến, quyền nào cho phép người khác góp ý mà không sửa thẳng nội dung?',
          acceptedAnswers: ['Người nhận xét', 'nhận xét', 'quyền nhận xét', 'quyền Người nhận xét'],
          diacriticsInsensitive: true,
          feedback:
            'Quyền Người nhận xét: người được chia sẻ góp ý bằng nhận xét, người chủ trì biết ai góp ý gì. Người xem chỉ đọc, Người chỉnh sửa được sửa nội dung.',
        },
        {
          key: 'q5-chairing-order',
          type: 'ordering',
          stem: 'Sắp xếp các bước chủ trì một cuộc họp trực tuyến ngắn theo đúng trình tự.',
          items: [
            { text: 'Chào, điểm danh, nêu nội dung và thời gian kết thúc' },
            { text: 'Chia sẻ màn hình tài liệu hoặc bảng tính cần bàn' },
            { text: 'Mời lần lượt từng người phát biểu, gọi tên cụ thể' },
            { text: 'Tạo bình chọn nhanh hoặc hỏi ý kiến biểu quyết' },
            { text: 'Kết luận: nhắc lại ai làm gì, hạn khi nào' },
          ],
          feedback:
            'Mở đầu bằng điểm danh và nội dung, trình bày tài liệu, mời phát biểu, biểu quyết rồi kết luận; sau họp gửi kết luận bằng văn bản trong ngày.',
        },
      ],
    },
    {
      moduleKey: 'm4-information-security',
      questions: [
        {
          key: 'q1-otp',
          type: 'single_choice',
          stem: 'Một người gọi điện xưng là nhân viên ngân hàng, đề nghị chị đọc mã OTP vừa nhận để “bảo vệ tài khoản”. Chị nên làm gì?',
          options: [
            { text: 'Đọc mã OTP vì người gọi biết rõ tên và số tài khoản của mình', correct: false },
            { text: 'Không cung cấp mã OTP, cúp máy và tự liên hệ tổng đài chính thức của ngân hàng', correct: true },
            { text: 'Gửi mã OTP qua tin nhắn thay vì đọc qua điện thoại', correct: false },
            { text: 'Chỉ đọc một nửa mã để thử xem người gọi có thật không', correct: false },
          ],
          feedback:
            'Không bao giờ cung cấp mã OTP, mật khẩu cho bất kỳ ai, kể cả người xưng là nhân viên ngân hàng. Kẻ lừa đảo luôn thúc giục để nạn nhân không kịp suy nghĩ.',
        },
        {
          key: 'q2-fake-news-signs',
          type: 'multiple_choice',
          stem: 'Những dấu hiệu nào cho thấy một tin có thể là tin giả?',
          options: [
            { text: 'Tiêu đề giật gân, nhiều dấu chấm than, kêu gọi “chia sẻ ngay”', correct: true },
            { text: 'Không rõ nguồn, hoặc nguồn là tài khoản mới lập', correct: true },
            { text: 'Ảnh cũ được gắn cho sự việc mới, không có thời gian, địa điểm cụ thể', correct: true },
            { text: 'Cổng thông tin của chính quyền và báo chí chính thống cùng đưa tin', correct: false },
          ],
          feedback:
            'Tin giả thường giật gân, không rõ nguồn, đánh vào cảm xúc và chỉ một trang đăng. Tin được nguồn chính thống cùng đưa là dấu hiệu đáng tin cậy.',
        },
        {
          key: 'q3-collect-just-enough',
          type: 'true_false',
          stem: 'Khi làm danh sách hội viên dự tập huấn, nên ghi thêm số định danh cá nhân của từng người cho đầy đủ, dù không bắt buộc.',
          answer: false,
          feedback:
            'Sai. Nguyên tắc là thu thập vừa đủ: chỉ ghi thông tin cần cho công việc. Dữ liệu cá nhân của hội viên được pháp luật bảo vệ (Nghị định 13/2023/NĐ-CP).',
        },
        {
          key: 'q4-spam-number',
          type: 'short_text',
          stem: 'Tin nhắn rác, tin nhắn lừa đảo có thể phản ánh về đầu số nào?',
          acceptedAnswers: ['5656'],
          feedback: 'Tin nhắn rác, lừa đảo phản ánh về đầu số 5656; cuộc gọi rác phản ánh về đầu số 156.',
        },
        {
          key: 'q5-before-sharing',
          type: 'ordering',
          stem: 'Chị thấy một tin “nóng” trong nhóm Zalo. Sắp xếp cách ứng xử theo đúng trình tự.',
          items: [
            { text: 'Dừng lại, chưa bấm chia sẻ' },
            { text: 'Kiểm tra: ai đăng, đăng khi nào, mục đích gì' },
            { text: 'Đối chiếu với cổng thông tin chính quyền, báo chí chính thống' },
            { text: 'Chỉ chia sẻ khi đã chắc chắn; nếu là tin sai thì đính chính trong nhóm mình quản lý' },
          ],
          feedback:
            'Dừng lại, kiểm tra, rồi mới chia sẻ. Chưa chắc thì không chia sẻ; cán bộ Hội chủ động đính chính tin sai trong nhóm mình quản lý.',
        },
      ],
    },
  ],
};

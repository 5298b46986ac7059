import type { SeedQuestionBank } from './question-content';

export const GRASSROOTS_LEADER_SKILLS_QUESTIONS: SeedQuestionBank = {
  courseKey: 'grassroots-leader-skills',
  name: 'Ngân hàng câu hỏi: Kỹ năng nghiệp vụ cho cán bộ Hội cơ sở',
  modules: [
    {
      moduleKey: 'm1-mobilising-women',
      questions: [
        {
          key: 'q1-why-women-join',
          type: 'single_choice',
          stem: 'Theo bài học, phụ nữ tham gia Hội khi nào?',
          options: [
            {
              text: 'Khi thấy Hội mang lại lợi ích thiết thực cho bản thân, gia đình và được mời bằng sự chân thành',
              correct: true,
            },
            { text: 'Khi chi hội cần đủ chỉ tiêu kết nạp trong năm', correct: false },
            { text: 'Khi được thông báo nhiều lần qua loa phát thanh', correct: false },
            { text: 'Khi bị so sánh với những người đã vào Hội', correct: false },
          ],
          feedback:
            'Vận động không phải là đi “thu người” cho đủ chỉ tiêu mà là giúp chị em thấy giá trị của việc cùng nhau: chân thành, kiên trì, nói về lợi ích cụ thể.',
        },
        {
          key: 'q2-what-to-avoid',
          type: 'multiple_choice',
          stem: 'Những cách làm nào cần tránh khi vận động phụ nữ tham gia Hội?',
          options: [
            { text: 'Chỉ thông báo “đi họp” mà không nói rõ nội dung, lợi ích', correct: true },
            { text: 'Gây áp lực, so sánh, trách móc những chị chưa tham gia', correct: true },
            { text: 'Hứa hẹn những việc chi hội không làm được', correct: true },
            { text: 'Nhờ người có uy tín, người chị em tin tưởng cùng đi vận động', correct: false },
            { text: 'Mời dự một buổi sinh hoạt vui để chị em tự cảm nhận không khí chi hội', correct: false },
          ],
          feedback:
            'Dựa vào người có uy tín và mời dự một buổi sinh hoạt vui là những cách làm hiệu quả; thông báo chung chung, gây áp lực hay hứa suông làm chị em xa Hội.',
        },
        {
          key: 'q3-no-pressure',
          type: 'true_false',
          stem: 'Với người chưa đồng ý vào Hội, chi hội trưởng nên thuyết phục cho bằng được ngay trong lần gặp đó.',
          answer: false,
          feedback:
            'Sai. Với người chưa đồng ý thì không ép buộc: hẹn lần gặp sau hoặc mời tham gia một hoạt động cụ thể, như chị trong tình huống ở thôn Nam đã tham gia câu lạc bộ dân vũ.',
        },
        {
          key: 'q4-update-list',
          type: 'short_text',
          stem: 'Danh sách phụ nữ trên địa bàn chi hội nên được cập nhật ít nhất bao lâu một lần?',
          acceptedAnswers: ['mỗi quý', 'một quý', 'hằng quý', 'hàng quý', 'quý', '3 tháng', 'ba tháng'],
          diacriticsInsensitive: true,
          feedback:
            'Ít nhất mỗi quý một lần, để nắm được phụ nữ mới chuyển đến, mới lấy chồng về địa phương và những thay đổi về hoàn cảnh của chị em.',
        },
        {
          key: 'q5-plan-steps',
          type: 'ordering',
          stem: 'Sắp xếp các bước lập kế hoạch vận động phụ nữ chưa vào Hội theo đúng trình tự.',
          items: [
            { text: 'Chọn những chị chưa là hội viên cần vận động' },
            { text: 'Tìm hiểu từng người: làm gì, lúc nào rảnh, quan tâm điều gì, tin ai' },
            { text: 'Lập bảng kế hoạch: cách tiếp cận, ai đi cùng, thời gian' },
            { text: 'Thực hiện và ghi lại kết quả sau mỗi lần gặp' },
          ],
          feedback:
            'Chọn người, tìm hiểu từng người, lập bảng kế hoạch rồi mới thực hiện; ghi lại kết quả để rút kinh nghiệm và báo cáo.',
        },
      ],
    },
    {
      moduleKey: 'm2-branch-activities',
      questions: [
        {
          key: 'q1-handling-dispute',
          type: 'single_choice',
          stem: 'Trong buổi sinh hoạt, hai hội viên tranh luận gay gắt. Chi hội trưởng nên làm gì?',
          options: [
            { text: 'Cho dừng buổi sinh hoạt để tránh căng thẳng', correct: false },
            { text: 'Đứng về phía người mình thấy có lý hơn để kết thúc nhanh', correct: false },
            {
              text: 'Ghi nhận ý kiến của cả hai bên, không để công kích cá nhân; vấn đề phức tạp thì hẹn trao đổi riêng',
              correct: true,
            },
            { text: 'Để hai bên tranh luận đến khi có kết quả', correct: false },
          ],
          feedback:
            'Người điều hành ghi nhận ý kiến cả hai bên, tóm tắt điểm giống và khác nhau, giữ không khí tôn trọng và giữ đúng giờ.',
        },
        {
          key: 'q2-content-sources',
          type: 'multiple_choice',
          stem: 'Nội dung sinh hoạt chi hội dựa trên những nguồn nào?',
          options: [
            { text: 'Chương trình, kế hoạch của Hội cơ sở', correct: true },
            { text: 'Nhiệm vụ của thôn, tổ dân phố', correct: true },
            { text: 'Nhu cầu thực tế của hội viên', correct: true },
            { text: 'Sở thích riêng của chi hội trưởng', correct: false },
          ],
          feedback:
            'Ba nguồn là kế hoạch của Hội cơ sở, nhiệm vụ của thôn, tổ dân phố và nhu cầu của hội viên; mỗi buổi nên có một chủ đề chính.',
        },
        {
          key: 'q3-minutes-faithful',
          type: 'true_false',
          stem: 'Người ghi biên bản nên bổ sung nhận xét của mình vào biên bản cho đầy đủ hơn.',
          answer: false,
          feedback:
            'Sai. Biên bản ghi trung thực, khách quan, không thêm ý của người ghi; đọc lại trước khi kết thúc để hội viên thông qua.',
        },
        {
          key: 'q4-notice-days',
          type: 'short_text',
          stem: 'Buổi sinh hoạt chi hội nên được thông báo trước ít nhất mấy ngày?',
          acceptedAnswers: ['3', 'ba', '3 ngày', 'ba ngày'],
          diacriticsInsensitive: true,
          feedback:
            'Ít nhất 3 ngày, qua loa truyền thanh, nhóm Zalo và nhắn trực tiếp cho các tổ trưởng, để chị em sắp xếp thời gian.',
        },
        {
          key: 'q5-agenda-order',
          type: 'ordering',
          stem: 'Sắp xếp các phần của chương trình sinh hoạt chi hội mẫu theo đúng thứ tự.',
          items: [
            { text: 'Ổn định, điểm danh, giới thiệu đại biểu và hội viên mới' },
            { text: 'Đánh giá kết quả hoạt động từ buổi sinh hoạt trước' },
            { text: 'Phổ biến văn bản, nhiệm vụ mới của Hội cấp trên và địa phương' },
            { text: 'Sinh hoạt chuyên đề theo chủ đề đã chọn' },
            { text: 'Hội viên thảo luận, nêu ý kiến, kiến nghị' },
            { text: 'Kết luận, phân công nhiệm vụ' },
          ],
          feedback:
            'Chương trình mẫu đi từ điểm danh, đánh giá, phổ biến nhiệm vụ, chuyên đề, thảo luận (và công khai quỹ nếu đến kỳ) đến kết luận và phân công, ghi vào biên bản.',
        },
      ],
    },
    {
      moduleKey: 'm3-members-aspirations',
      questions: [
        {
          key: 'q1-reflect-back',
          type: 'single_choice',
          stem: 'Câu nói nào thể hiện kỹ thuật “nhắc lại để kiểm tra” khi lắng nghe hội viên?',
          options: [
            {
              text: '“Chị có thể kể thêm việc đó xảy ra thế nào không?”',
              correct: false,
              feedback: 'Đây là hỏi để hiểu rõ hơn.',
            },
            {
              text: '“Ý chị là chị lo chưa có tiền đóng học cho cháu, đúng không?”',
              correct: true,
            },
            { text: '“Em hiểu chị đang rất mệt mỏi.”', correct: false, feedback: 'Đây là ghi nhận cảm xúc.' },
            {
              text: '“Chuyện đó có gì đâu mà chị phải lo.”',
              correct: false,
              feedback: 'Câu này phán xét, gạt đi nỗi lo của người nói.',
            },
          ],
          feedback:
            'Nhắc lại bằng lời của mình điều người nói vừa chia sẻ giúp kiểm tra mình đã hiểu đúng và cho họ thấy mình đang lắng nghe.',
        },
        {
          key: 'q2-report-immediately',
          type: 'multiple_choice',
          stem: 'Những việc nào chi hội cần báo ngay cho Hội cơ sở, không chờ đến kỳ báo cáo?',
          options: [
            { text: 'Vụ việc bạo lực gia đình, xâm hại phụ nữ, trẻ em', correct: true },
            { text: 'Hội viên bị dụ dỗ đi làm ăn xa có dấu hiệu mua bán người', correct: true },
            { text: 'Tin đồn, thông tin xấu lan truyền gây hoang mang trong hội viên', correct: true },
            { text: 'Hội viên đề nghị đổi giờ sinh hoạt chi hội', correct: false },
          ],
          feedback:
            'Những việc khẩn cấp thì gọi điện báo trước, gửi văn bản sau. Đổi giờ sinh hoạt là việc chi hội tự giải quyết được.',
        },
        {
          key: 'q3-sensitive-poll',
          type: 'true_false',
          stem: 'Bình chọn trên nhóm Zalo là cách phù hợp để hỏi ý kiến hội viên về chuyện tế nhị, riêng tư.',
          answer: false,
          feedback:
            'Sai. Bình chọn trên Zalo hợp với câu hỏi nhanh về thời gian, nội dung sinh hoạt; chuyện tế nhị thì gặp riêng và giữ bí mật.',
        },
        {
          key: 'q4-route-via-grassroots',
          type: 'short_text',
          stem: 'Ý kiến của hội viên về đất đai, môi trường, chế độ chính sách thuộc thẩm quyền chính quyền. Chi hội phản ánh qua đâu?',
          acceptedAnswers: ['Hội cơ sở', 'qua Hội cơ sở', 'Hội xã', 'Hội LHPN xã', 'Hội phụ nữ xã'],
          diacriticsInsensitive: true,
          feedback:
            'Chi hội phản ánh qua Hội cơ sở; Hội cơ sở tham mưu, kiến nghị với cấp ủy, chính quyền và báo cáo lên Hội cấp trên.',
        },
        {
          key: 'q5-opinion-cycle',
          type: 'ordering',
          stem: 'Nhiều hội viên phàn nàn rác thải ứ đọng ở đầu làng. Sắp xếp cách chi hội xử lý ý kiến này theo đúng trình tự.',
          items: [
            { text: 'Ghi nhận ý kiến, đưa vào biên bản sinh hoạt' },
            { text: 'Báo cáo lên Hội xã' },
            { text: 'Hội xã kiến nghị với Ủy ban nhân dân xã' },
            { text: 'Thông báo kết quả cho hội viên tại buổi sinh hoạt sau' },
          ],
          feedback:
            'Ghi chép, chuyển đúng nơi giải quyết và luôn phản hồi kết quả: hội viên chỉ tiếp tục góp ý khi thấy ý kiến của mình được quan tâm.',
        },
      ],
    },
    {
      moduleKey: 'm4-records-and-finance',
      questions: [
        {
          key: 'q1-fund-balance',
          type: 'single_choice',
          stem: 'Sổ quỹ chi hội có tồn đầu kỳ 1.200.000 đồng, sau đó thu 360.000 đồng và chi 200.000 đồng. Số tồn cuối là bao nhiêu?',
          options: [
            { text: '1.360.000 đồng', correct: true },
            { text: '1.560.000 đồng', correct: false, feedback: 'Đây là số tồn trước khi trừ khoản chi.' },
            { text: '1.760.000 đồng', correct: false },
            { text: '1.000.000 đồng', correct: false },
          ],
          feedback: 'Tồn = tồn dòng trên + thu − chi = 1.200.000 + 360.000 − 200.000 = 1.360.000 đồng.',
        },
        {
          key: 'q2-fund-principles',
          type: 'multiple_choice',
          stem: 'Những nguyên tắc nào đúng khi quản lý quỹ chi hội?',
          options: [
            { text: 'Mức thu, nội dung và mức chi do hội viên bàn bạc, biểu quyết và ghi vào biên bản', correct: true },
            { text: 'Mọi khoản thu chi đều có phiếu thu, phiếu chi hoặc giấy biên nhận có chữ ký', correct: true },
            { text: 'Người giữ tiền và người ghi sổ nên là hai người khác nhau', correct: true },
            { text: 'Thủ quỹ được cho mượn tiền quỹ khi cần gấp rồi báo cáo sau', correct: false },
            { text: 'Gộp quỹ hội và quỹ tiết kiệm vào một sổ cho gọn', correct: false },
          ],
          feedback:
            'Tập thể quyết định, có chứng từ, tách người giữ tiền với người ghi sổ và tách riêng từng quỹ; không cho vay, mượn tiền quỹ khi chưa được tập thể đồng ý.',
        },
        {
          key: 'q3-no-erasing',
          type: 'true_false',
          stem: 'Khi ghi sai trong sổ quỹ, có thể tẩy xóa rồi ghi lại cho sạch đẹp.',
          answer: false,
          feedback: 'Sai. Không tẩy xóa trong sổ quỹ: nếu ghi sai, gạch một nét, ghi lại bên cạnh và ký xác nhận.',
        },
        {
          key: 'q4-handover-record',
          type: 'short_text',
          stem: 'Khi nghỉ nhiệm vụ, chi hội trưởng bàn giao đầy đủ sổ sách cho người kế nhiệm kèm theo giấy tờ gì?',
          acceptedAnswers: ['biên bản bàn giao', 'biên bản'],
          diacriticsInsensitive: true,
          feedback:
            'Bàn giao có biên bản bàn giao, để công việc không bị gián đoạn và không ai phải thắc mắc về sổ sách, quỹ.',
        },
        {
          key: 'q5-disclosure-steps',
          type: 'ordering',
          stem: 'Sắp xếp các bước công khai tài chính chi hội theo đúng trình tự.',
          items: [
            { text: 'Cùng thủ quỹ đối chiếu sổ với phiếu thu, phiếu chi và tiền mặt thực tế' },
            { text: 'Nhờ một hội viên có uy tín cùng kiểm tra' },
            { text: 'Lập bảng công khai, có chữ ký của chi hội trưởng và thủ quỹ' },
            { text: 'Đọc công khai tại buổi sinh hoạt, trả lời câu hỏi, ghi vào biên bản' },
          ],
          feedback:
            'Số liệu phải khớp sổ, chứng từ và tiền mặt, có người cùng kiểm tra, rồi mới lập bảng và công khai trước hội viên.',
        },
      ],
    },
  ],
};

"""Hand-written demo stories (1/3): news, grassroots, Party building, culture."""

from demo.compose import Story as S

STORIES = [
    S(
        "tin-tuc-su-kien",
        "Huyện Hòa Sơn tổng kết công tác năm, triển khai nhiệm vụ năm mới",
        "Năm qua, huyện Hòa Sơn hoàn thành 18/20 chỉ tiêu chủ yếu; tổng giá trị sản xuất tăng "
        "7,8% so với năm trước, tỷ lệ hộ nghèo giảm còn 3,1%.",
        ("kinh tế – xã hội", "Hòa Sơn"),
        (
            "Sáng nay, Ủy ban nhân dân huyện Hòa Sơn tổ chức hội nghị tổng kết công tác năm và "
            "triển khai nhiệm vụ năm mới. Dự hội nghị có lãnh đạo Thường trực Huyện ủy, Hội "
            "đồng nhân dân huyện cùng đại diện các phòng, ban, ngành và 14 xã, thị trấn.",
            "Theo báo cáo, năm qua huyện đã huy động hơn 120 tỷ đồng cho xây dựng nông thôn "
            "mới; 9 km đường giao thông nông thôn được cứng hóa, 3 nhà văn hóa thôn được xây "
            "mới từ nguồn ngân sách và đóng góp của Nhân dân.",
        ),
        days_ago=0.2,
        featured=True,
    ),
    S(
        "tin-tuc-su-kien",
        "Khánh thành cầu dân sinh bắc qua suối Nậm Khoang",
        "Cây cầu dài 42 m nối thôn Khe Mạ với trung tâm xã Bản Nguyệt, chấm dứt cảnh người "
        "dân phải lội suối mỗi mùa mưa lũ.",
        ("giao thông", "nông thôn mới", "Bản Nguyệt"),
        (
            "Cầu được khởi công từ đầu năm với tổng mức đầu tư gần 6 tỷ đồng, trong đó người dân "
            "thôn Khe Mạ hiến hơn 800 m² đất và đóng góp hàng trăm ngày công.",
            "Trước đây, mỗi khi nước suối dâng cao, học sinh thôn Khe Mạ phải nghỉ học nhiều "
            "ngày liền; nông sản thu hoạch xong cũng không thể mang ra chợ.",
        ),
        days_ago=2,
        featured=True,
    ),
    S(
        "tin-tuc-su-kien",
        "Kỳ họp thứ Mười, Hội đồng nhân dân huyện thông qua 12 nghị quyết",
        "Sau hai ngày làm việc khẩn trương, kỳ họp đã hoàn thành toàn bộ nội dung chương trình "
        "đề ra và thông qua 12 nghị quyết quan trọng.",
        ("Hội đồng nhân dân", "Hòa Sơn"),
        (
            "Tại kỳ họp, các đại biểu tập trung thảo luận về kế hoạch đầu tư công trung hạn, "
            "phương án sắp xếp trường lớp và việc nâng cấp chợ trung tâm thị trấn Hòa Sơn.",
            "Phiên chất vấn diễn ra thẳng thắn, tập trung vào các vấn đề cử tri quan tâm như "
            "ô nhiễm từ các lò đốt rác cũ, cấp giấy chứng nhận quyền sử dụng đất.",
        ),
    ),
    S(
        "tin-tuc-su-kien",
        "Hòa Sơn ra quân Tháng hành động vì môi trường",
        "Hơn 2.000 đoàn viên, hội viên và người dân đã tham gia thu gom rác thải, trồng cây "
        "xanh dọc các tuyến đường liên xã.",
        ("môi trường", "thanh niên"),
        (
            "Lễ ra quân được tổ chức đồng loạt tại 14 xã, thị trấn. Ngay sau buổi lễ, các lực "
            "lượng tỏa về các khu dân cư, bờ kênh, chợ để dọn dẹp vệ sinh.",
            "Nhiều thôn đã đăng ký mô hình con đường hoa, tuyến đường không rác thải; một số "
            "trường học phát động phong trào đổi chai nhựa lấy cây xanh.",
        ),
    ),
    S(
        "tin-tuc-su-kien",
        "Đối thoại giữa lãnh đạo huyện với thanh niên về khởi nghiệp",
        "Gần 200 đoàn viên, thanh niên đã trực tiếp nêu câu hỏi về vốn vay, đất sản xuất và "
        "cách đưa nông sản lên sàn thương mại điện tử.",
        ("thanh niên", "khởi nghiệp"),
        (
            "Buổi đối thoại do Huyện đoàn phối hợp với Ủy ban nhân dân huyện tổ chức tại Hội "
            "trường Trung tâm Văn hóa – Thông tin – Thể thao huyện.",
            "Nhiều ý kiến được lãnh đạo huyện trả lời ngay tại chỗ; các kiến nghị vượt thẩm "
            "quyền được ghi nhận để chuyển tới cơ quan cấp trên.",
        ),
    ),
    S(
        "tin-tuc-su-kien",
        "Đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới",
        "Sau nhiều năm nỗ lực, Hòa Sơn trở thành huyện thứ ba của tỉnh được công nhận đạt "
        "chuẩn nông thôn mới.",
        ("nông thôn mới", "Hòa Sơn"),
        (
            "Lễ đón nhận diễn ra trang trọng tại Quảng trường trung tâm huyện với sự tham dự "
            "của hàng nghìn cán bộ và người dân.",
            "Phát biểu tại buổi lễ, lãnh đạo huyện bày tỏ cảm ơn sự đồng lòng của Nhân dân, "
            "đồng thời khẳng định xây dựng nông thôn mới là chặng đường có khởi đầu nhưng "
            "không có kết thúc.",
        ),
        video="https://www.youtube.com/watch?v=aqz-KE-bpKQ",
    ),
    S(
        "tin-co-so",
        "Xã Tân Lập hoàn thành bê tông hóa đường ngõ xóm",
        "Toàn bộ 18 km đường ngõ xóm của xã đã được cứng hóa, góp phần thay đổi diện mạo "
        "nông thôn.",
        ("nông thôn mới", "giao thông", "Tân Lập"),
        (
            "Theo phương châm Nhà nước hỗ trợ xi măng, Nhân dân góp công và vật liệu, các thôn "
            "đã chủ động tổ chức thi công ngay sau vụ mùa.",
            "Nhiều hộ dân tự nguyện phá dỡ tường rào, hiến đất để mở rộng đường, tạo sự đồng "
            "thuận cao trong cộng đồng.",
        ),
    ),
    S(
        "tin-co-so",
        "Thị trấn Hòa Sơn lắp đặt camera an ninh tại các tuyến phố",
        "32 mắt camera được lắp tại các nút giao, khu chợ và trường học, kết nối về trụ sở "
        "Công an thị trấn.",
        ("an ninh trật tự", "thị trấn Hòa Sơn"),
        (
            "Mô hình Camera vì an ninh trật tự được triển khai bằng nguồn xã hội hóa, do các "
            "hộ kinh doanh và người dân cùng đóng góp.",
            "Chỉ sau ba tháng vận hành, hình ảnh từ camera đã giúp lực lượng chức năng làm rõ "
            "nhiều vụ việc, góp phần giữ bình yên cho khu dân cư.",
        ),
    ),
    S(
        "tin-co-so",
        "Xã Phú Xuân ra mắt tổ tự quản bảo vệ môi trường",
        "Mỗi thôn của xã Phú Xuân đều có một tổ tự quản phụ trách thu gom, phân loại rác "
        "thải tại nguồn.",
        ("môi trường", "Phú Xuân"),
        (
            "Các tổ tự quản do chi hội phụ nữ và chi đoàn thanh niên làm nòng cốt, định kỳ "
            "ra quân dọn vệ sinh vào sáng Chủ nhật cuối tháng.",
            "Rác hữu cơ được các hộ ủ làm phân bón cho vườn rau, lượng rác phải chở đi xử lý "
            "giảm gần một nửa.",
        ),
        status="pending",
        author="nguyen-thi-thu-ha",
    ),
    S(
        "tin-co-so",
        "Xã Đồng Tâm khánh thành nhà văn hóa thôn Đồng Mới",
        "Công trình có tổng kinh phí hơn 1,2 tỷ đồng, trong đó Nhân dân đóng góp 40%.",
        ("nhà văn hóa", "Đồng Tâm"),
        (
            "Nhà văn hóa có hội trường 150 chỗ ngồi, sân thể thao và khu vui chơi cho trẻ em, "
            "được xây dựng trên nền đất do ba hộ gia đình trong thôn hiến tặng.",
            "Ngay trong buổi khánh thành, câu lạc bộ dân ca của thôn đã biểu diễn nhiều tiết "
            "mục đặc sắc, chào mừng ngôi nhà chung của cả cộng đồng.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Đảng bộ huyện Hòa Sơn tổng kết công tác xây dựng Đảng",
        "Năm qua, toàn Đảng bộ kết nạp 186 đảng viên mới, 92% tổ chức cơ sở đảng hoàn thành "
        "tốt nhiệm vụ trở lên.",
        ("xây dựng Đảng", "Hòa Sơn"),
        (
            "Hội nghị do Ban Thường vụ Huyện ủy tổ chức, đánh giá toàn diện công tác chính trị "
            "tư tưởng, tổ chức cán bộ, kiểm tra, giám sát và dân vận.",
            "Công tác kiểm tra, giám sát được tiến hành thường xuyên, có trọng tâm, trọng điểm; "
            "các kiến nghị sau kiểm tra đều được tổ chức đảng khắc phục kịp thời.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Hội nghị học tập, quán triệt nghị quyết cho cán bộ chủ chốt",
        "Gần 500 cán bộ chủ chốt của huyện và cơ sở tham dự hội nghị trực tiếp và trực tuyến "
        "tại 14 điểm cầu.",
        ("xây dựng Đảng", "nghị quyết"),
        (
            "Báo cáo viên đã truyền đạt những nội dung cơ bản, điểm mới của nghị quyết, gợi mở "
            "cách vận dụng vào thực tiễn của một huyện miền núi.",
            "Sau hội nghị, các cấp ủy xây dựng chương trình hành động cụ thể, phân công rõ "
            "người, rõ việc, rõ thời gian hoàn thành.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Chi bộ thôn Khe Mạ: từ chi bộ yếu thành chi bộ vững mạnh",
        "Ba năm trước, chi bộ thôn Khe Mạ từng bị xếp loại không hoàn thành nhiệm vụ; nay đã "
        "trở thành điểm sáng của xã Bản Nguyệt.",
        ("xây dựng Đảng", "Bản Nguyệt"),
        (
            "Bước chuyển bắt đầu từ việc đổi mới sinh hoạt chi bộ: mỗi kỳ họp chỉ bàn một, hai "
            "việc thiết thực, giao cụ thể cho từng đảng viên và kiểm tra vào kỳ sau.",
            "Nhờ đảng viên đi đầu, thôn đã làm được con đường bê tông, xóa nhà tạm cho hai hộ "
            "nghèo và phát triển được vùng trồng quế hơn 60 ha.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên lão thành",
        "Nhân kỷ niệm ngày thành lập Đảng, Huyện ủy tổ chức trao Huy hiệu Đảng cho 47 đảng "
        "viên, trong đó có 12 đồng chí 50 năm tuổi Đảng.",
        ("xây dựng Đảng", "đảng viên"),
        (
            "Các đảng viên được trao huy hiệu phần lớn từng tham gia kháng chiến, sau đó tiếp "
            "tục gương mẫu ở khu dân cư, tham gia công tác hòa giải, khuyến học.",
            "Thay mặt các đảng viên, cụ Nguyễn Văn Đạo ở xã Thanh Lâm bày tỏ niềm vinh dự và "
            "hứa sẽ tiếp tục giữ gìn phẩm chất người đảng viên.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Ra mắt chuyên trang tuyên truyền kỷ niệm ngày thành lập Đảng bộ huyện",
        "Chuyên trang tập hợp tư liệu, hình ảnh về chặng đường phát triển của Đảng bộ và Nhân "
        "dân huyện Hòa Sơn.",
        ("xây dựng Đảng", "tuyên truyền", "chuyển đổi số"),
        (
            "Chuyên trang do Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Văn hóa – Thông tin "
            "– Thể thao huyện thực hiện, cập nhật định kỳ hằng tuần.",
            "Bạn đọc có thể gửi ảnh tư liệu, hồi ức về quê hương qua hộp thư của Trung tâm để "
            "cùng bổ sung cho chuyên trang.",
        ),
        status="draft",
        author="tran-van-minh",
    ),
    S(
        "van-hoa-van-nghe",
        "Liên hoan văn nghệ quần chúng huyện Hòa Sơn: rộn ràng sắc màu các dân tộc",
        "18 đội văn nghệ với gần 400 diễn viên quần chúng đã mang đến liên hoan hơn 70 tiết mục "
        "đặc sắc.",
        ("văn nghệ quần chúng", "liên hoan"),
        (
            "Liên hoan diễn ra trong hai đêm tại Sân khấu ngoài trời Trung tâm Văn hóa – Thông "
            "tin – Thể thao huyện, thu hút hàng nghìn khán giả.",
            "Bên cạnh các làn điệu dân ca quen thuộc, nhiều đội đã mạnh dạn dàn dựng những tiết "
            "mục múa dựa trên nghi lễ, sinh hoạt truyền thống của đồng bào Tày, Dao.",
        ),
        featured=True,
        days_ago=5,
        video="https://www.youtube.com/watch?v=eRsGyueVLvQ",
    ),
    S(
        "van-hoa-van-nghe",
        "Câu lạc bộ hát chèo xã Thanh Lâm tròn mười năm tuổi",
        "Từ vài thành viên ban đầu, câu lạc bộ nay có 35 hội viên, nhỏ nhất mới 9 tuổi.",
        ("chèo", "câu lạc bộ", "Thanh Lâm"),
        (
            "Mười năm qua, câu lạc bộ duy trì sinh hoạt đều đặn hai buổi mỗi tuần, tham gia "
            "hàng trăm buổi biểu diễn phục vụ bà con trong và ngoài huyện.",
            "Nghệ nhân Lê Thị Nhàn, chủ nhiệm câu lạc bộ, cho biết điều bà trăn trở nhất là "
            "tìm người kế cận cho những làn điệu chèo cổ.",
        ),
    ),
    S(
        "van-hoa-van-nghe",
        "Ngày hội đọc sách: mang thư viện đến với học sinh vùng cao",
        "Thư viện huyện phối hợp với các trường học tổ chức trưng bày hơn 3.000 đầu sách, "
        "giao lưu tác giả và thi kể chuyện theo sách.",
        ("thư viện", "văn hóa đọc", "thiếu nhi"),
        (
            "Xe thư viện lưu động đã đến năm trường tiểu học ở các xã vùng cao, mang theo sách "
            "truyện, sách khoa học và máy tính bảng có sẵn sách điện tử.",
            "Nhiều em học sinh lần đầu được đọc những cuốn truyện tranh mới in, say sưa đến "
            "mức quên cả giờ ra về.",
        ),
    ),
    S(
        "van-hoa-van-nghe",
        "Triển lãm ảnh “Hòa Sơn – đất và người”",
        "Triển lãm giới thiệu 120 bức ảnh chọn lọc từ gần 900 tác phẩm của các tay máy "
        "chuyên và không chuyên.",
        ("nhiếp ảnh", "triển lãm"),
        (
            "Các bức ảnh ghi lại vẻ đẹp ruộng bậc thang mùa nước đổ, phiên chợ vùng cao, những "
            "gương mặt lao động bình dị của người Hòa Sơn.",
            "Triển lãm mở cửa miễn phí tại nhà trưng bày của Trung tâm đến hết tháng, sau đó "
            "sẽ được đưa về trưng bày lưu động tại các xã.",
        ),
    ),
    S(
        "van-hoa-van-nghe",
        "Phục dựng điệu hát then cổ của người Tày ở Kim Sơn",
        "Với sự giúp sức của các nghệ nhân cao tuổi, 12 bài then cổ đã được ghi âm, ký âm "
        "và truyền dạy cho lớp trẻ.",
        ("hát then", "dân tộc Tày", "Kim Sơn"),
        (
            "Dự án do Phòng Văn hóa và Thông tin huyện chủ trì, kéo dài hơn một năm với nhiều "
            "chuyến điền dã đến từng bản.",
            "Các bài then được lưu trữ tại Trung tâm và sẽ được xuất bản thành tài liệu phục "
            "vụ việc dạy trong trường học.",
        ),
        status="returned",
        author="nguyen-thi-thu-ha",
        review_note="Bổ sung tên các nghệ nhân và ảnh buổi truyền dạy; kiểm tra lại số bài then.",
    ),
    S(
        "van-hoa-van-nghe",
        "Đêm nhạc “Khúc hát quê hương” gây quỹ vì người nghèo",
        "Chương trình quyên góp được hơn 230 triệu đồng để xây nhà Đại đoàn kết cho các hộ "
        "khó khăn.",
        ("âm nhạc", "an sinh xã hội"),
        (
            "Đêm nhạc quy tụ các ca sĩ là con em Hòa Sơn đang hoạt động nghệ thuật tại thủ đô "
            "cùng các giọng ca phong trào của huyện.",
            "Toàn bộ số tiền quyên góp được chuyển tới Ủy ban Mặt trận Tổ quốc huyện để hỗ "
            "trợ xây mới bốn căn nhà ngay trong năm.",
        ),
    ),
    S(
        "van-hoa-van-nghe",
        "Hội thi tuyên truyền lưu động: đưa chính sách đến từng bản làng",
        "Tám đội tuyên truyền lưu động tranh tài với các tiểu phẩm về phòng chống tảo hôn, "
        "an toàn giao thông và chuyển đổi số.",
        ("tuyên truyền", "văn nghệ quần chúng"),
        (
            "Các tiểu phẩm được dàn dựng ngắn gọn, dễ hiểu, sử dụng cả tiếng Kinh và tiếng Tày, "
            "phù hợp để biểu diễn tại nhà văn hóa thôn.",
            "Đội xã Yên Thịnh giành giải Nhất với tiểu phẩm “Chuyện nhà ông Páo” về việc "
            "vận động con em đến trường.",
        ),
    ),
    S(
        "tin-tuc-su-kien",
        "Hội nghị đối thoại với Nhân dân về giải phóng mặt bằng đường tránh thị trấn",
        "Hơn 150 hộ dân có đất bị ảnh hưởng đã được nghe giải thích chính sách và trực tiếp "
        "nêu kiến nghị.",
        ("giải phóng mặt bằng", "thị trấn Hòa Sơn"),
        (
            "Tại hội nghị, đại diện các cơ quan chuyên môn đã giải đáp cụ thể về đơn giá bồi "
            "thường, phương án tái định cư và hỗ trợ chuyển đổi nghề.",
            "Lãnh đạo huyện cam kết công khai, minh bạch mọi khoản bồi thường và sẽ tổ chức "
            "tiếp các buổi đối thoại khi người dân còn băn khoăn.",
        ),
    ),
    S(
        "tin-co-so",
        "Xã An Phú trao tặng 300 lá cờ Tổ quốc cho bà con vùng biên",
        "Chương trình “Tự hào cờ đỏ sao vàng” góp phần khơi dậy tình yêu quê hương, đất nước.",
        ("tuyên truyền", "An Phú"),
        (
            "Cờ được trao tận tay các hộ gia đình ở ba thôn xa trung tâm xã, kèm theo tài liệu "
            "tuyên truyền về chủ quyền, biên giới.",
            "Đoàn viên thanh niên xã còn giúp bà con dựng cột cờ ngay trước cửa nhà.",
        ),
    ),
    S(
        "xay-dung-dang",
        "Sơ kết chuyên đề học tập và làm theo Bác về tinh thần phục vụ Nhân dân",
        "Nhiều mô hình, cách làm hay đã được nhân rộng, như “Dân vận khéo” trong hiến đất làm "
        "đường, “Mỗi tuần một việc tốt” của đoàn viên.",
        ("xây dựng Đảng", "học tập và làm theo Bác"),
        (
            "Hội nghị biểu dương 15 tập thể và 28 cá nhân có thành tích tiêu biểu, trong đó "
            "có nhiều đảng viên là người dân tộc thiểu số.",
            "Các tham luận cho thấy việc làm theo Bác ngày càng đi vào chiều sâu, gắn với "
            "những việc cụ thể, thiết thực ở cơ sở.",
        ),
    ),
    S(
        "van-hoa-van-nghe",
        "Lớp truyền dạy đàn tính cho thanh thiếu niên",
        "Hơn 30 học viên được các nghệ nhân hướng dẫn cách chơi đàn tính và hát những bài "
        "then mừng xuân.",
        ("đàn tính", "dân tộc Tày", "thiếu nhi"),
        (
            "Lớp học được tổ chức vào các buổi chiều cuối tuần tại nhà văn hóa xã Kim Sơn, "
            "kéo dài trong ba tháng hè.",
            "Kết thúc khóa học, các học viên sẽ biểu diễn báo cáo tại liên hoan văn nghệ "
            "quần chúng của huyện.",
        ),
        days_ago=-3,
    ),
    S(
        "tin-tuc-su-kien",
        "Huyện Hòa Sơn phát động phong trào thi đua đặc biệt",
        "Phong trào hướng tới kỷ niệm 60 năm ngày thành lập huyện với nhiều chỉ tiêu cụ thể "
        "về kinh tế, văn hóa, xã hội.",
        ("thi đua", "Hòa Sơn"),
        (
            "Tại lễ phát động, các cơ quan, đơn vị và xã, thị trấn đã ký giao ước thi đua, "
            "đăng ký hàng trăm công trình, phần việc chào mừng.",
            "Huyện sẽ sơ kết phong trào vào giữa năm và tổng kết, khen thưởng vào dịp kỷ niệm.",
        ),
        days_ago=-9,
    ),
]

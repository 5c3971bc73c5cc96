package workbook

import (
	"github.com/panduan/panduan/internal/directory"
)

// Number of spoken-language columns on the Services and Hotlines
// sheets: language_1 to language_n.
//
// NOTE: some services of the bundled sample name up to 12 languages;
// mksample leaves out those beyond these columns and lists them.
const (
	ServiceLanguageColumns = 4
	HotlineLanguageColumns = 3
)

// Keys of the flag columns for eligibility and access terms: the prefix
// followed by the term's code, such as "for_women" or "access_walk_in".
const (
	eligibilityKeyPrefix = "for_"
	accessKeyPrefix      = "access_"
)

func servicesSheet(types []directory.Type) Sheet {
	var cols []Column
	cols = append(cols, serviceNameColumns()...)
	cols = append(cols, typeColumns(types)...)
	cols = append(cols, servicePlaceColumns()...)
	cols = append(cols, serviceContactColumns()...)
	cols = append(cols, serviceAccessColumns()...)
	cols = append(cols, serviceTextColumns()...)
	return Sheet{Key: SheetServices, Name: sheetNames[SheetServices], Columns: cols}
}

// serviceNameColumns returns the ID, organisation and name columns.
func serviceNameColumns() []Column {
	var cols []Column
	cols = append(cols,
		field("service_id", KindID, 12, serviceIDHeader, tx(
			"A short unique code for the service, such as TH-001: letters, digits and hyphens, no spaces. The Phones and Hours sheets refer to it, so keep it unchanged once it is in use.",
			"Kode singkat yang unik untuk layanan, misalnya TH-001: huruf, angka, dan tanda hubung, tanpa spasi. Lembar Telepon dan Jam buka merujuk ke kode ini, jadi jangan diubah setelah dipakai.",
			"Kod ringkas yang unik bagi perkhidmatan, contohnya TH-001: huruf, nombor dan tanda sempang, tanpa jarak. Helaian Telefon dan Waktu operasi merujuk kepada kod ini, jadi jangan ubah kod ini setelah digunakan.",
			"Mã ngắn, không trùng lặp của dịch vụ, ví dụ TH-001: chữ cái, chữ số và dấu gạch ngang, không có khoảng trắng. Trang tính Điện thoại và Giờ mở cửa dùng mã này, vì vậy không thay đổi mã sau khi đã sử dụng.",
			"รหัสสั้น ๆ ที่ไม่ซ้ำกันของบริการ เช่น TH-001 ใช้ตัวอักษร ตัวเลข และขีดกลาง ห้ามเว้นวรรค แผ่นงานโทรศัพท์และเวลาทำการอ้างถึงรหัสนี้ จึงไม่ควรเปลี่ยนรหัสหลังจากเริ่มใช้แล้ว",
		)).required(),
		field("organisation_id", KindReference, 14, orgIDHeader, tx(
			"The ID of the organisation that runs the service, from the Organisations sheet.",
			"ID organisasi yang menjalankan layanan ini, dari lembar Organisasi.",
			"ID organisasi yang mengendalikan perkhidmatan ini, daripada helaian Organisasi.",
			"Mã của tổ chức vận hành dịch vụ này, lấy từ trang tính Tổ chức.",
			"รหัสขององค์กรที่ให้บริการนี้ จากแผ่นงานองค์กร",
		)).refersTo(SheetOrganisations).required(),
	)
	cols = append(cols, perLanguage(field("name", KindText, 30, nameHeader, tx(
		"The name of the service as people know it.",
		"Nama layanan sebagaimana dikenal masyarakat.",
		"Nama perkhidmatan seperti yang dikenali orang ramai.",
		"Tên dịch vụ như mọi người thường gọi.",
		"ชื่อบริการตามที่คนทั่วไปรู้จัก",
	)).maxLen(maxName).required())...)
	return cols
}

// servicePlaceColumns returns the trafficking_specific column and the
// columns of the service's location.
func servicePlaceColumns() []Column {
	return []Column{
		field("trafficking_specific", KindYesNo, 16,
			tx("Trafficking-specific", "Khusus korban perdagangan orang", "Khusus untuk mangsa pemerdagangan orang", "Chuyên về mua bán người", "เฉพาะผู้เสียหายจากการค้ามนุษย์"),
			tx("Yes if the service exists for people who have been trafficked. No for a general service such as a hospital or a labour office.",
				"Ya jika layanan ini khusus untuk korban perdagangan orang. Tidak untuk layanan umum seperti rumah sakit atau dinas tenaga kerja.",
				"Ya jika perkhidmatan ini khusus untuk mangsa pemerdagangan orang. Tidak bagi perkhidmatan umum seperti hospital atau pejabat tenaga kerja.",
				"Có nếu dịch vụ dành riêng cho nạn nhân mua bán người. Không nếu là dịch vụ chung như bệnh viện hoặc cơ quan lao động.",
				"ใช่ หากเป็นบริการสำหรับผู้เสียหายจากการค้ามนุษย์โดยเฉพาะ ไม่ใช่ หากเป็นบริการทั่วไป เช่น โรงพยาบาลหรือสำนักงานแรงงาน")),
		field("country", KindReference, 16, countryHeader, tx(
			"Choose from the list, which comes from the Countries sheet.",
			"Pilih dari daftar, yang diambil dari lembar Negara.",
			"Pilih daripada senarai, yang diambil daripada helaian Negara.",
			"Chọn từ danh sách, được lấy từ trang tính Quốc gia.",
			"เลือกจากรายการ ซึ่งดึงมาจากแผ่นงานประเทศ",
		)).refersTo(SheetCountries).required(),
		field("area", KindReference, 24,
			tx("Area (province or state)", "Wilayah (provinsi)", "Kawasan (negeri)", "Tỉnh/thành phố", "พื้นที่ (จังหวัด/รัฐ)"),
			tx("Choose from the list, which comes from the Areas sheet. The area must be in the service's country.",
				"Pilih dari daftar, yang diambil dari lembar Wilayah. Wilayah harus berada di negara layanan ini.",
				"Pilih daripada senarai, yang diambil daripada helaian Kawasan. Kawasan mesti terletak dalam negara perkhidmatan ini.",
				"Chọn từ danh sách, được lấy từ trang tính Tỉnh thành. Tỉnh/thành phố phải thuộc quốc gia của dịch vụ.",
				"เลือกจากรายการ ซึ่งดึงมาจากแผ่นงานพื้นที่ พื้นที่ต้องอยู่ในประเทศเดียวกับบริการ")).refersTo(SheetAreas).required(),
		field("city", KindText, 18,
			tx("City or town", "Kota/kabupaten", "Bandar", "Thành phố/thị xã", "เมือง/อำเภอ"),
			tx("The city or town. It is never published for a confidential address.",
				"Kota atau kabupaten. Tidak pernah diterbitkan jika alamatnya dirahasiakan.",
				"Bandar atau pekan. Tidak diterbitkan jika alamatnya sulit.",
				"Thành phố hoặc thị xã. Không bao giờ được công bố nếu địa chỉ cần bảo mật.",
				"เมืองหรืออำเภอ จะไม่เผยแพร่หากเป็นที่อยู่ที่ต้องปกปิด")).maxLen(maxName),
		field("street_address", KindText, 30,
			tx("Street address", "Alamat jalan", "Alamat jalan", "Địa chỉ", "ที่อยู่"),
			tx("Building, street and number. It is never published for a confidential address.",
				"Gedung, nama jalan, dan nomor. Tidak pernah diterbitkan jika alamatnya dirahasiakan.",
				"Bangunan, nama jalan dan nombor. Tidak diterbitkan jika alamatnya sulit.",
				"Tòa nhà, số nhà và tên đường. Không bao giờ được công bố nếu địa chỉ cần bảo mật.",
				"อาคาร บ้านเลขที่ และถนน จะไม่เผยแพร่หากเป็นที่อยู่ที่ต้องปกปิด")).maxLen(maxShortText),
		field("postal_code", KindText, 11,
			tx("Postal code", "Kode pos", "Poskod", "Mã bưu chính", "รหัสไปรษณีย์"),
			tx("The postal code. It is never published for a confidential address.",
				"Kode pos. Tidak pernah diterbitkan jika alamatnya dirahasiakan.",
				"Poskod. Tidak diterbitkan jika alamatnya sulit.",
				"Mã bưu chính. Không bao giờ được công bố nếu địa chỉ cần bảo mật.",
				"รหัสไปรษณีย์ จะไม่เผยแพร่หากเป็นที่อยู่ที่ต้องปกปิด")).maxLen(20),
		field("confidential_address", KindYesNo, 14,
			tx("Confidential address", "Alamat dirahasiakan", "Alamat sulit", "Địa chỉ bảo mật", "ปกปิดที่อยู่"),
			tx("Yes for a shelter whose location must stay secret. The site then shows only the area, never the city, street, postal code or map position.",
				"Ya untuk rumah aman yang lokasinya harus dirahasiakan. Situs hanya akan menampilkan wilayahnya, tanpa kota, jalan, kode pos, atau posisi di peta.",
				"Ya bagi rumah perlindungan yang lokasinya mesti dirahsiakan. Laman web hanya akan memaparkan kawasannya, tanpa bandar, jalan, poskod atau kedudukan pada peta.",
				"Có đối với nhà tạm lánh cần giữ bí mật địa điểm. Khi đó trang web chỉ hiển thị tỉnh/thành, không hiển thị quận huyện, địa chỉ, mã bưu chính hay vị trí trên bản đồ.",
				"ใช่ สำหรับบ้านพักที่ต้องปกปิดสถานที่ตั้ง เว็บไซต์จะแสดงเพียงพื้นที่ โดยไม่แสดงเมือง ถนน รหัสไปรษณีย์ หรือตำแหน่งบนแผนที่")),
		field("latitude", KindNumber, 11,
			tx("Latitude", "Lintang", "Latitud", "Vĩ độ", "ละติจูด"),
			tx("Decimal degrees from -90 to 90, such as 13.7563. Fill in both latitude and longitude, or neither.",
				"Derajat desimal dari -90 sampai 90, misalnya -6.2088. Isi lintang dan bujur sekaligus, atau kosongkan keduanya.",
				"Darjah perpuluhan dari -90 hingga 90, contohnya 3.1390. Isi latitud dan longitud kedua-duanya, atau biarkan kedua-duanya kosong.",
				"Độ thập phân từ -90 đến 90, ví dụ 21.0285. Điền cả vĩ độ và kinh độ, hoặc để trống cả hai.",
				"องศาทศนิยมตั้งแต่ -90 ถึง 90 เช่น 13.7563 กรอกทั้งละติจูดและลองจิจูด หรือเว้นว่างทั้งสองช่อง")),
		field("longitude", KindNumber, 11,
			tx("Longitude", "Bujur", "Longitud", "Kinh độ", "ลองจิจูด"),
			tx("Decimal degrees from -180 to 180, such as 100.5018.",
				"Derajat desimal dari -180 sampai 180, misalnya 106.8456.",
				"Darjah perpuluhan dari -180 hingga 180, contohnya 101.6869.",
				"Độ thập phân từ -180 đến 180, ví dụ 105.8542.",
				"องศาทศนิยมตั้งแต่ -180 ถึง 180 เช่น 100.5018")),
	}
}

// serviceContactColumns returns the columns of how to reach the service
// and the languages it works in.
func serviceContactColumns() []Column {
	cols := []Column{
		field("email", KindEmail, 28,
			tx("Email", "Email", "E-mel", "Email", "อีเมล"),
			tx("An address that the service reads, such as help@example.org.",
				"Alamat email yang dibaca oleh layanan ini, misalnya help@example.org.",
				"Alamat e-mel yang dibaca oleh perkhidmatan ini, contohnya help@example.org.",
				"Địa chỉ email mà dịch vụ thường xuyên kiểm tra, ví dụ help@example.org.",
				"อีเมลที่บริการตรวจดูเป็นประจำ เช่น help@example.org")).maxLen(254),
		websiteColumn,
	}
	cols = append(cols, perLanguage(openingHoursText)...)
	cols = append(cols, languageColumns(ServiceLanguageColumns)...)
	cols = append(cols, field("interpretation", KindYesNo, 14,
		tx("Interpreter available", "Tersedia juru bahasa", "Jurubahasa disediakan", "Có phiên dịch", "มีล่าม"),
		tx("Yes if the service can arrange an interpreter for other languages.",
			"Ya jika layanan ini dapat menyediakan juru bahasa untuk bahasa lain.",
			"Ya jika perkhidmatan ini boleh menyediakan jurubahasa untuk bahasa lain.",
			"Có nếu dịch vụ có thể bố trí phiên dịch cho các ngôn ngữ khác.",
			"ใช่ หากบริการจัดหาล่ามสำหรับภาษาอื่นได้")))
	return cols
}

// serviceAccessColumns returns the columns of who can use the service,
// what it costs and how to start.
func serviceAccessColumns() []Column {
	var cols []Column
	cols = append(cols, flagColumns(eligibilityKeyPrefix, directory.Eligibility,
		tx("For: %s", "Untuk: %s", "Untuk: %s", "Dành cho: %s", "สำหรับ: %s"),
		tx(`Yes if the service is for this group. Leave every "For" column empty if the service is open to everyone.`,
			`Ya jika layanan ini ditujukan bagi kelompok ini. Kosongkan semua kolom "Untuk" jika layanan terbuka bagi semua orang.`,
			`Ya jika perkhidmatan ini untuk kumpulan ini. Biarkan semua lajur "Untuk" kosong jika perkhidmatan terbuka kepada semua orang.`,
			`Có nếu dịch vụ dành cho nhóm này. Để trống tất cả các cột "Dành cho" nếu dịch vụ mở cho mọi người.`,
			`ใช่ หากบริการนี้สำหรับกลุ่มนี้ เว้นว่างทุกคอลัมน์ "สำหรับ" หากบริการเปิดรับทุกคน`))...)
	cols = append(cols,
		field("age_min", KindInteger, 10,
			tx("Minimum age", "Usia minimum", "Umur minimum", "Tuổi tối thiểu", "อายุขั้นต่ำ"),
			tx("The youngest age served, in years. Leave it empty if there is no limit.",
				"Usia termuda yang dilayani, dalam tahun. Kosongkan jika tidak ada batas.",
				"Umur paling muda yang dilayani, dalam tahun. Biarkan kosong jika tiada had.",
				"Tuổi nhỏ nhất được phục vụ, tính bằng năm. Để trống nếu không giới hạn.",
				"อายุต่ำสุดที่รับบริการได้ (ปี) เว้นว่างหากไม่จำกัด")),
		field("age_max", KindInteger, 10,
			tx("Maximum age", "Usia maksimum", "Umur maksimum", "Tuổi tối đa", "อายุสูงสุด"),
			tx("The oldest age served, in years. Leave it empty if there is no limit.",
				"Usia tertua yang dilayani, dalam tahun. Kosongkan jika tidak ada batas.",
				"Umur paling tua yang dilayani, dalam tahun. Biarkan kosong jika tiada had.",
				"Tuổi lớn nhất được phục vụ, tính bằng năm. Để trống nếu không giới hạn.",
				"อายุสูงสุดที่รับบริการได้ (ปี) เว้นว่างหากไม่จำกัด")),
		field("cost", KindEnum, 16,
			tx("Cost", "Biaya", "Kos", "Chi phí", "ค่าใช้จ่าย"),
			tx("What the service costs its users. Choose from the list.",
				"Biaya yang ditanggung pengguna layanan. Pilih dari daftar.",
				"Kos yang ditanggung oleh pengguna perkhidmatan. Pilih daripada senarai.",
				"Chi phí người sử dụng dịch vụ phải trả. Chọn từ danh sách.",
				"ค่าใช้จ่ายที่ผู้รับบริการต้องจ่าย เลือกจากรายการ")).vocabulary(directory.Cost),
	)
	cols = append(cols, flagColumns(accessKeyPrefix, directory.Access,
		tx("Access: %s", "Akses: %s", "Akses: %s", "Cách tiếp cận: %s", "การเข้ารับบริการ: %s"),
		tx("Yes if people can start using the service this way.",
			"Ya jika orang dapat mulai menggunakan layanan dengan cara ini.",
			"Ya jika orang boleh mula menggunakan perkhidmatan dengan cara ini.",
			"Có nếu mọi người có thể bắt đầu sử dụng dịch vụ theo cách này.",
			"ใช่ หากเริ่มใช้บริการด้วยวิธีนี้ได้"))...)
	cols = append(cols, perLanguage(field("documents", KindText, 30,
		tx("Documents to bring", "Dokumen yang perlu dibawa", "Dokumen yang perlu dibawa", "Giấy tờ cần mang theo", "เอกสารที่ต้องนำมา"),
		tx(`What to bring, or "No documents needed."`,
			`Apa yang perlu dibawa, atau "Tidak perlu membawa dokumen."`,
			`Apa yang perlu dibawa, atau "Tiada dokumen diperlukan."`,
			`Những gì cần mang theo, hoặc "Không cần giấy tờ."`,
			`สิ่งที่ต้องนำมา หรือ "ไม่ต้องใช้เอกสาร"`)).maxLen(maxShortText*2))...)
	return cols
}

// serviceTextColumns returns the description, the verification date,
// the status and the internal columns.
func serviceTextColumns() []Column {
	var cols []Column
	cols = append(cols, perLanguage(field("description", KindText, 50,
		tx("Description", "Deskripsi", "Keterangan", "Mô tả", "คำอธิบาย"),
		tx("Two to four plain sentences: what the service does and for whom.",
			"Dua sampai empat kalimat sederhana: apa yang dilakukan layanan ini dan untuk siapa.",
			"Dua hingga empat ayat mudah: apa yang dilakukan oleh perkhidmatan ini dan untuk siapa.",
			"Hai đến bốn câu đơn giản: dịch vụ làm gì và dành cho ai.",
			"สองถึงสี่ประโยคที่เข้าใจง่าย ว่าบริการนี้ทำอะไรและสำหรับใคร")).maxLen(maxDescription).required())...)
	cols = append(cols, perLanguage(field("how_to_access", KindText, 40,
		tx("How to get help", "Cara mendapatkan bantuan", "Cara mendapatkan bantuan", "Cách nhận hỗ trợ", "วิธีขอรับความช่วยเหลือ"),
		tx("One or two sentences on the first step: whom to call, where to go, who can refer.",
			"Satu atau dua kalimat tentang langkah pertama: siapa yang dihubungi, ke mana harus datang, siapa yang dapat merujuk.",
			"Satu atau dua ayat tentang langkah pertama: siapa yang perlu dihubungi, ke mana perlu pergi, siapa yang boleh merujuk.",
			"Một hoặc hai câu về bước đầu tiên: gọi cho ai, đến đâu, ai có thể giới thiệu.",
			"หนึ่งหรือสองประโยคเกี่ยวกับขั้นตอนแรก ว่าต้องติดต่อใคร ไปที่ไหน หรือใครส่งต่อได้")).maxLen(800))...)
	cols = append(cols,
		field("last_verified", KindDate, 14,
			tx("Last verified", "Terakhir diverifikasi", "Kali terakhir disahkan", "Xác minh lần cuối", "ตรวจสอบล่าสุด"),
			tx("The date someone last confirmed these details with the service, as YYYY-MM-DD. Details older than 12 months are flagged.",
				"Tanggal terakhir kali data ini dipastikan langsung kepada layanan, dengan format YYYY-MM-DD. Data yang lebih lama dari 12 bulan akan ditandai.",
				"Tarikh kali terakhir butiran ini disahkan dengan perkhidmatan, dalam format YYYY-MM-DD. Butiran yang lebih lama daripada 12 bulan akan ditandakan.",
				"Ngày gần nhất thông tin này được xác nhận với dịch vụ, theo dạng YYYY-MM-DD. Thông tin cũ hơn 12 tháng sẽ bị đánh dấu.",
				"วันที่ยืนยันข้อมูลกับบริการครั้งล่าสุด ในรูปแบบ YYYY-MM-DD ข้อมูลที่เก่ากว่า 12 เดือนจะถูกแจ้งเตือน")).required(),
		field("status", KindEnum, 18,
			tx("Status", "Status", "Status", "Trạng thái", "สถานะ"),
			tx("Active, Temporarily closed or Closed. A closed service stays here but is not published.",
				"Aktif, Tutup sementara, atau Tutup. Layanan yang tutup tetap disimpan di sini tetapi tidak diterbitkan.",
				"Aktif, Ditutup sementara atau Ditutup. Perkhidmatan yang ditutup kekal di sini tetapi tidak diterbitkan.",
				"Đang hoạt động, Tạm ngừng hoặc Đã đóng. Dịch vụ đã đóng vẫn được giữ ở đây nhưng không được công bố.",
				"เปิดให้บริการ ปิดชั่วคราว หรือปิดแล้ว บริการที่ปิดแล้วยังเก็บไว้ที่นี่แต่จะไม่เผยแพร่")).vocabulary(directory.Statuses).required(),
		field("internal_notes", KindText, 40,
			tx("Notes (internal)", "Catatan (internal)", "Catatan (dalaman)", "Ghi chú (nội bộ)", "บันทึก (ภายใน)"),
			tx("For your team only. Never published.",
				"Hanya untuk tim Anda. Tidak pernah diterbitkan.",
				"Untuk pasukan anda sahaja. Tidak diterbitkan.",
				"Chỉ dành cho nhóm của bạn. Không bao giờ được công bố.",
				"สำหรับทีมของคุณเท่านั้น จะไม่เผยแพร่")).internal(),
		field("internal_contact", KindText, 28,
			tx("Contact person (internal)", "Narahubung (internal)", "Pegawai untuk dihubungi (dalaman)", "Người liên hệ (nội bộ)", "ผู้ประสานงาน (ภายใน)"),
			tx("The name and role of your contact at the service. For your team only. Never published.",
				"Nama dan jabatan narahubung Anda di layanan ini. Hanya untuk tim Anda. Tidak pernah diterbitkan.",
				"Nama dan jawatan pegawai untuk dihubungi di perkhidmatan ini. Untuk pasukan anda sahaja. Tidak diterbitkan.",
				"Tên và chức vụ của người liên hệ tại dịch vụ. Chỉ dành cho nhóm của bạn. Không bao giờ được công bố.",
				"ชื่อและตำแหน่งของผู้ประสานงานที่บริการ สำหรับทีมของคุณเท่านั้น จะไม่เผยแพร่")).internal(),
	)
	return cols
}

func phonesSheet() Sheet {
	return Sheet{Key: SheetPhones, Name: sheetNames[SheetPhones], Columns: []Column{
		field("service_id", KindReference, 12, serviceIDHeader, tx(
			"The ID of the service, from the Services sheet. Add one row for each number.",
			"ID layanan dari lembar Layanan. Tambahkan satu baris untuk setiap nomor.",
			"ID perkhidmatan daripada helaian Perkhidmatan. Tambah satu baris bagi setiap nombor.",
			"Mã dịch vụ từ trang tính Dịch vụ. Mỗi số điện thoại ghi một dòng.",
			"รหัสบริการจากแผ่นงานบริการ เพิ่มหนึ่งแถวต่อหนึ่งหมายเลข",
		)).refersTo(SheetServices).required(),
		field("kind", KindEnum, 16,
			tx("Kind", "Jenis", "Jenis", "Loại", "ประเภท"),
			tx("Hotline, Phone, SMS or WhatsApp.",
				"Hotline, Telepon, SMS, atau WhatsApp.",
				"Talian hotline, Telefon, SMS atau WhatsApp.",
				"Đường dây nóng, Điện thoại, Tin nhắn SMS hoặc WhatsApp.",
				"สายด่วน โทรศัพท์ SMS หรือ WhatsApp")).vocabulary(directory.PhoneKinds).required(),
		field("number", KindPhone, 22, numberHeader, tx(
			"The full number with the country code, such as +66 2 555 0000. The column is formatted as text so that the + and leading zeros stay.",
			"Nomor lengkap dengan kode negara, misalnya +62 21 5550 0000. Kolom ini berformat teks agar tanda + dan angka nol di depan tidak hilang.",
			"Nombor penuh dengan kod negara, contohnya +60 3 5550 0000. Lajur ini berformat teks supaya tanda + dan sifar di hadapan tidak hilang.",
			"Số đầy đủ kèm mã quốc gia, ví dụ +84 24 5550 0000. Cột này được định dạng văn bản để giữ dấu + và số 0 ở đầu.",
			"หมายเลขเต็มพร้อมรหัสประเทศ เช่น +66 2 555 0000 คอลัมน์นี้ตั้งเป็นข้อความเพื่อไม่ให้เครื่องหมาย + และเลข 0 นำหน้าหายไป",
		)).required(),
	}}
}

var numberHeader = tx("Number", "Nomor", "Nombor", "Số điện thoại", "หมายเลข")

func hoursSheet() Sheet {
	return Sheet{Key: SheetHours, Name: sheetNames[SheetHours], Optional: true, Columns: []Column{
		field("service_id", KindReference, 12, serviceIDHeader, tx(
			"The ID of the service, from the Services sheet. Add one row for each day.",
			"ID layanan dari lembar Layanan. Tambahkan satu baris untuk setiap hari.",
			"ID perkhidmatan daripada helaian Perkhidmatan. Tambah satu baris bagi setiap hari.",
			"Mã dịch vụ từ trang tính Dịch vụ. Mỗi ngày ghi một dòng.",
			"รหัสบริการจากแผ่นงานบริการ เพิ่มหนึ่งแถวต่อหนึ่งวัน",
		)).refersTo(SheetServices).required(),
		field("day", KindEnum, 16,
			tx("Day", "Hari", "Hari", "Ngày", "วัน"),
			tx("Choose from the list.", "Pilih dari daftar.", "Pilih daripada senarai.", "Chọn từ danh sách.", "เลือกจากรายการ")).
			vocabulary(directory.Days).required(),
		field("opens", KindTime, 10,
			tx("Opens", "Buka", "Dibuka", "Giờ mở", "เวลาเปิด"),
			tx("Opening time as HH:MM in 24-hour form, such as 08:30.",
				"Jam buka dalam format 24 jam HH:MM, misalnya 08:30.",
				"Waktu dibuka dalam format 24 jam HH:MM, contohnya 08:30.",
				"Giờ mở cửa theo dạng 24 giờ HH:MM, ví dụ 08:30.",
				"เวลาเปิดในรูปแบบ 24 ชั่วโมง HH:MM เช่น 08:30")).required(),
		field("closes", KindTime, 10,
			tx("Closes", "Tutup", "Ditutup", "Giờ đóng", "เวลาปิด"),
			tx("Closing time as HH:MM, such as 16:30. Use 24:00 for midnight at the end of the day.",
				"Jam tutup dalam format HH:MM, misalnya 16:30. Gunakan 24:00 untuk tengah malam di akhir hari.",
				"Waktu ditutup dalam format HH:MM, contohnya 16:30. Gunakan 24:00 bagi tengah malam pada penghujung hari.",
				"Giờ đóng cửa theo dạng HH:MM, ví dụ 16:30. Dùng 24:00 cho nửa đêm cuối ngày.",
				"เวลาปิดในรูปแบบ HH:MM เช่น 16:30 ใช้ 24:00 สำหรับเที่ยงคืนเมื่อสิ้นวัน")).required(),
	}}
}

func organisationsSheet() Sheet {
	cols := []Column{
		field("organisation_id", KindID, 16, orgIDHeader, tx(
			"A short unique code for the organisation, such as ORG-TH-01: letters, digits and hyphens, no spaces. Keep it unchanged once services refer to it.",
			"Kode singkat yang unik untuk organisasi, misalnya ORG-TH-01: huruf, angka, dan tanda hubung, tanpa spasi. Jangan diubah setelah dirujuk oleh layanan.",
			"Kod ringkas yang unik bagi organisasi, contohnya ORG-TH-01: huruf, nombor dan tanda sempang, tanpa jarak. Jangan ubah kod ini setelah dirujuk oleh perkhidmatan.",
			"Mã ngắn, không trùng lặp của tổ chức, ví dụ ORG-TH-01: chữ cái, chữ số và dấu gạch ngang, không có khoảng trắng. Không thay đổi mã sau khi đã có dịch vụ sử dụng.",
			"รหัสสั้น ๆ ที่ไม่ซ้ำกันขององค์กร เช่น ORG-TH-01 ใช้ตัวอักษร ตัวเลข และขีดกลาง ห้ามเว้นวรรค และอย่าเปลี่ยนรหัสหลังจากมีบริการอ้างถึงแล้ว",
		)).required(),
	}
	cols = append(cols, perLanguage(field("name", KindText, 30, nameHeader, tx(
		"The organisation's name as the site should show it.",
		"Nama organisasi sebagaimana akan tampil di situs.",
		"Nama organisasi seperti yang akan dipaparkan di laman web.",
		"Tên tổ chức như sẽ hiển thị trên trang web.",
		"ชื่อองค์กรตามที่จะแสดงบนเว็บไซต์",
	)).maxLen(maxName).required())...)
	cols = append(cols, perLanguage(field("description", KindText, 50,
		tx("Description", "Deskripsi", "Keterangan", "Mô tả", "คำอธิบาย"),
		tx("One or two sentences about the organisation.",
			"Satu atau dua kalimat tentang organisasi ini.",
			"Satu atau dua ayat tentang organisasi ini.",
			"Một hoặc hai câu giới thiệu về tổ chức.",
			"ข้อความหนึ่งหรือสองประโยคเกี่ยวกับองค์กร")).maxLen(maxDescription))...)
	cols = append(cols, websiteColumn)
	return Sheet{Key: SheetOrganisations, Name: sheetNames[SheetOrganisations], Columns: cols}
}

func hotlinesSheet() Sheet {
	cols := []Column{
		field("country", KindReference, 16, countryHeader, tx(
			"The country whose national hotline this is. Choose from the list, which comes from the Countries sheet.",
			"Negara pemilik hotline nasional ini. Pilih dari daftar, yang diambil dari lembar Negara.",
			"Negara bagi talian hotline kebangsaan ini. Pilih daripada senarai, yang diambil daripada helaian Negara.",
			"Quốc gia của đường dây nóng này. Chọn từ danh sách, được lấy từ trang tính Quốc gia.",
			"ประเทศของสายด่วนระดับชาตินี้ เลือกจากรายการ ซึ่งดึงมาจากแผ่นงานประเทศ",
		)).refersTo(SheetCountries).required(),
	}
	cols = append(cols, perLanguage(field("name", KindText, 30, nameHeader, tx(
		"The hotline's name.",
		"Nama hotline.",
		"Nama talian hotline.",
		"Tên đường dây nóng.",
		"ชื่อสายด่วน",
	)).maxLen(maxName).required())...)
	cols = append(cols, field("number", KindPhone, 20, numberHeader, tx(
		"The number to dial: a full number with the country code, or a short code of 3 to 5 digits that is dialled as it is.",
		"Nomor yang dihubungi: nomor lengkap dengan kode negara, atau nomor pendek 3 sampai 5 angka yang ditekan apa adanya.",
		"Nombor untuk didail: nombor penuh dengan kod negara, atau kod pendek 3 hingga 5 digit yang didail seperti yang tertulis.",
		"Số cần gọi: số đầy đủ kèm mã quốc gia, hoặc số ngắn từ 3 đến 5 chữ số được gọi trực tiếp như vậy.",
		"หมายเลขที่ต้องโทร: หมายเลขเต็มพร้อมรหัสประเทศ หรือหมายเลขสั้น 3 ถึง 5 หลักที่โทรได้ตามที่เขียน",
	)).required())
	cols = append(cols, perLanguage(openingHoursText)...)
	cols = append(cols, languageColumns(HotlineLanguageColumns)...)
	return Sheet{Key: SheetHotlines, Name: sheetNames[SheetHotlines], Columns: cols}
}

func countriesSheet() Sheet {
	cols := []Column{
		field("code", KindID, 12,
			tx("Country code (ISO 3166-1)", "Kode negara (ISO 3166-1)", "Kod negara (ISO 3166-1)", "Mã quốc gia (ISO 3166-1)", "รหัสประเทศ (ISO 3166-1)"),
			tx("Two letters, such as TH, ID, MY or VN.",
				"Dua huruf, misalnya ID, MY, TH, atau VN.",
				"Dua huruf, contohnya MY, ID, TH atau VN.",
				"Hai chữ cái, ví dụ VN, TH, ID hoặc MY.",
				"ตัวอักษรสองตัว เช่น TH, ID, MY หรือ VN")).required(),
	}
	cols = append(cols, perLanguage(field("name", KindText, 22, nameHeader, tx(
		"The country's name as the dropdowns show it.",
		"Nama negara sebagaimana tampil di daftar pilihan.",
		"Nama negara seperti yang dipaparkan dalam senarai pilihan.",
		"Tên quốc gia như hiển thị trong danh sách chọn.",
		"ชื่อประเทศตามที่แสดงในรายการให้เลือก",
	)).maxLen(maxName).required())...)
	return Sheet{Key: SheetCountries, Name: sheetNames[SheetCountries], Columns: cols}
}

func areasSheet() Sheet {
	cols := []Column{
		field("country", KindReference, 16, countryHeader, tx(
			"The country of the area. Choose from the list, which comes from the Countries sheet.",
			"Negara tempat wilayah ini berada. Pilih dari daftar, yang diambil dari lembar Negara.",
			"Negara bagi kawasan ini. Pilih daripada senarai, yang diambil daripada helaian Negara.",
			"Quốc gia của tỉnh/thành phố. Chọn từ danh sách, được lấy từ trang tính Quốc gia.",
			"ประเทศของพื้นที่นี้ เลือกจากรายการ ซึ่งดึงมาจากแผ่นงานประเทศ",
		)).refersTo(SheetCountries).required(),
		field("code", KindID, 14,
			tx("Area code (ISO 3166-2)", "Kode wilayah (ISO 3166-2)", "Kod kawasan (ISO 3166-2)", "Mã tỉnh thành (ISO 3166-2)", "รหัสพื้นที่ (ISO 3166-2)"),
			tx("The ISO 3166-2 code, such as TH-10 or ID-JB. It starts with the country code.",
				"Kode ISO 3166-2, misalnya ID-JB atau TH-10. Kode ini diawali kode negara.",
				"Kod ISO 3166-2, contohnya MY-10 atau TH-10. Kod ini bermula dengan kod negara.",
				"Mã ISO 3166-2, ví dụ VN-HN hoặc TH-10. Mã bắt đầu bằng mã quốc gia.",
				"รหัส ISO 3166-2 เช่น TH-10 หรือ ID-JB ขึ้นต้นด้วยรหัสประเทศ")).required(),
	}
	cols = append(cols, perLanguage(field("name", KindText, 26, nameHeader, tx(
		"The area's name as the dropdown of the Services sheet shows it.",
		"Nama wilayah sebagaimana tampil di daftar pilihan lembar Layanan.",
		"Nama kawasan seperti yang dipaparkan dalam senarai pilihan helaian Perkhidmatan.",
		"Tên tỉnh/thành phố như hiển thị trong danh sách chọn của trang tính Dịch vụ.",
		"ชื่อพื้นที่ตามที่แสดงในรายการให้เลือกของแผ่นงานบริการ",
	)).maxLen(maxName).required())...)
	return Sheet{Key: SheetAreas, Name: sheetNames[SheetAreas], Columns: cols}
}

func typesSheet() Sheet {
	cols := []Column{
		field("code", KindID, 22,
			tx("Code", "Kode", "Kod", "Mã", "รหัส"),
			tx("A fixed code in lower case, such as legal_aid. Keep the codes of the standard types unchanged.",
				"Kode tetap dalam huruf kecil, misalnya legal_aid. Jangan ubah kode jenis standar.",
				"Kod tetap dalam huruf kecil, contohnya legal_aid. Jangan ubah kod jenis standard.",
				"Mã cố định viết thường, ví dụ legal_aid. Không thay đổi mã của các loại tiêu chuẩn.",
				"รหัสถาวรตัวพิมพ์เล็ก เช่น legal_aid อย่าเปลี่ยนรหัสของประเภทมาตรฐาน")).required(),
	}
	cols = append(cols, perLanguage(field("label", KindText, 24,
		tx("Label", "Label", "Label", "Nhãn", "ชื่อที่แสดง"),
		tx("The short name that people see. It is also the column header on the Services sheet.",
			"Nama singkat yang dilihat pengguna. Nama ini juga menjadi judul kolom di lembar Layanan.",
			"Nama ringkas yang dilihat pengguna. Nama ini juga menjadi tajuk lajur dalam helaian Perkhidmatan.",
			"Tên ngắn người dùng nhìn thấy. Tên này cũng là tiêu đề cột trên trang tính Dịch vụ.",
			"ชื่อสั้น ๆ ที่ผู้ใช้เห็น และใช้เป็นหัวคอลัมน์ในแผ่นงานบริการด้วย")).maxLen(60).required())...)
	cols = append(cols, perLanguage(field("explanation", KindText, 44,
		tx("Explanation", "Penjelasan", "Penerangan", "Giải thích", "คำอธิบาย"),
		tx("One line that explains this type of assistance.",
			"Satu baris yang menjelaskan jenis bantuan ini.",
			"Satu baris yang menerangkan jenis bantuan ini.",
			"Một dòng giải thích loại hỗ trợ này.",
			"หนึ่งบรรทัดอธิบายความช่วยเหลือประเภทนี้")).maxLen(maxShortText))...)
	return Sheet{Key: SheetTypes, Name: sheetNames[SheetTypes], Columns: cols}
}

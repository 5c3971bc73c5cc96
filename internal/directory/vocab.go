package directory

import "strings"

// Term is one value of a fixed vocabulary: a stable code that the
// pipeline and the exports use, and its label in every language. The
// workbook offers the labels in its dropdowns and accepts the code or
// the label in any language.
type Term struct {
	Code  string
	Label Text
}

// Vocabulary is an ordered list of terms.
type Vocabulary []Term

// Lookup returns the term whose code or label, in any language, equals
// value, ignoring case.
func (v Vocabulary) Lookup(value string) (Term, bool) {
	for _, t := range v {
		if equalFold(t.Code, value) {
			return t, true
		}
		for _, l := range t.Label {
			if equalFold(l, value) {
				return t, true
			}
		}
	}
	return Term{}, false
}

// Term returns the term with the given code.
func (v Vocabulary) Term(code string) (Term, bool) {
	for _, t := range v {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// Codes returns the codes in order.
func (v Vocabulary) Codes() []string {
	codes := make([]string, len(v))
	for i, t := range v {
		codes[i] = t.Code
	}
	return codes
}

// Labels returns the labels in lang, in order.
func (v Vocabulary) Labels(lang string) []string {
	labels := make([]string, len(v))
	for i, t := range v {
		labels[i], _ = t.Label.In(lang)
	}
	return labels
}

// Eligibility lists who a service is for. An empty list means everyone.
var Eligibility = Vocabulary{
	{"women", Text{"en": "Women", "id": "Perempuan", "ms": "Wanita", "vi": "Phụ nữ", "th": "ผู้หญิง"}},
	{"men", Text{"en": "Men", "id": "Laki-laki", "ms": "Lelaki", "vi": "Nam giới", "th": "ผู้ชาย"}},
	{"children", Text{"en": "Children", "id": "Anak", "ms": "Kanak-kanak", "vi": "Trẻ em", "th": "เด็ก"}},
	{"non_citizens", Text{"en": "Non-citizens", "id": "Warga negara asing", "ms": "Bukan warganegara", "vi": "Người không có quốc tịch nước sở tại", "th": "ผู้ที่ไม่ใช่คนสัญชาติไทย"}},
	{"disabilities", Text{"en": "People with disabilities", "id": "Penyandang disabilitas", "ms": "Orang kurang upaya", "vi": "Người khuyết tật", "th": "คนพิการ"}},
}

// Access lists the ways to start using a service.
var Access = Vocabulary{
	{"walk_in", Text{"en": "Walk in", "id": "Datang langsung", "ms": "Datang terus", "vi": "Đến trực tiếp", "th": "เดินเข้าไปได้เลย"}},
	{"referral", Text{"en": "By referral", "id": "Melalui rujukan", "ms": "Melalui rujukan", "vi": "Qua giới thiệu", "th": "ต้องมีการส่งต่อ"}},
	{"appointment", Text{"en": "By appointment", "id": "Dengan janji temu", "ms": "Dengan temu janji", "vi": "Theo lịch hẹn", "th": "ต้องนัดหมาย"}},
	{"call_first", Text{"en": "Call first", "id": "Telepon dulu", "ms": "Telefon dahulu", "vi": "Gọi điện trước", "th": "โทรก่อน"}},
}

// Cost lists what a service costs its users.
var Cost = Vocabulary{
	{"free", Text{"en": "Free", "id": "Gratis", "ms": "Percuma", "vi": "Miễn phí", "th": "ไม่มีค่าใช้จ่าย"}},
	{"low_cost", Text{"en": "Low cost", "id": "Biaya rendah", "ms": "Kos rendah", "vi": "Chi phí thấp", "th": "ค่าใช้จ่ายต่ำ"}},
	{"fee", Text{"en": "Fee charged", "id": "Berbayar", "ms": "Dikenakan bayaran", "vi": "Có thu phí", "th": "มีค่าใช้จ่าย"}},
}

// Statuses lists the states of a service.
var Statuses = Vocabulary{
	{StatusActive, Text{"en": "Active", "id": "Aktif", "ms": "Aktif", "vi": "Đang hoạt động", "th": "เปิดให้บริการ"}},
	{StatusTemporarilyClosed, Text{"en": "Temporarily closed", "id": "Tutup sementara", "ms": "Ditutup sementara", "vi": "Tạm ngừng", "th": "ปิดชั่วคราว"}},
	{StatusClosed, Text{"en": "Closed", "id": "Tutup", "ms": "Ditutup", "vi": "Đã đóng", "th": "ปิดแล้ว"}},
}

// PhoneKinds lists the kinds of phone number.
var PhoneKinds = Vocabulary{
	{PhoneHotline, Text{"en": "Hotline", "id": "Hotline", "ms": "Talian hotline", "vi": "Đường dây nóng", "th": "สายด่วน"}},
	{PhoneMain, Text{"en": "Phone", "id": "Telepon", "ms": "Telefon", "vi": "Điện thoại", "th": "โทรศัพท์"}},
	{PhoneSMS, Text{"en": "SMS", "id": "SMS", "ms": "SMS", "vi": "Tin nhắn SMS", "th": "SMS"}},
	{PhoneWhatsApp, Text{"en": "WhatsApp", "id": "WhatsApp", "ms": "WhatsApp", "vi": "WhatsApp", "th": "WhatsApp"}},
}

// Days lists the days of the week, Monday first.
var Days = Vocabulary{
	{"mon", Text{"en": "Monday", "id": "Senin", "ms": "Isnin", "vi": "Thứ Hai", "th": "วันจันทร์"}},
	{"tue", Text{"en": "Tuesday", "id": "Selasa", "ms": "Selasa", "vi": "Thứ Ba", "th": "วันอังคาร"}},
	{"wed", Text{"en": "Wednesday", "id": "Rabu", "ms": "Rabu", "vi": "Thứ Tư", "th": "วันพุธ"}},
	{"thu", Text{"en": "Thursday", "id": "Kamis", "ms": "Khamis", "vi": "Thứ Năm", "th": "วันพฤหัสบดี"}},
	{"fri", Text{"en": "Friday", "id": "Jumat", "ms": "Jumaat", "vi": "Thứ Sáu", "th": "วันศุกร์"}},
	{"sat", Text{"en": "Saturday", "id": "Sabtu", "ms": "Sabtu", "vi": "Thứ Bảy", "th": "วันเสาร์"}},
	{"sun", Text{"en": "Sunday", "id": "Minggu", "ms": "Ahad", "vi": "Chủ Nhật", "th": "วันอาทิตย์"}},
}

// YesNo lists the values of a yes/no column.
var YesNo = Vocabulary{
	{"yes", Text{"en": "Yes", "id": "Ya", "ms": "Ya", "vi": "Có", "th": "ใช่"}},
	{"no", Text{"en": "No", "id": "Tidak", "ms": "Tidak", "vi": "Không", "th": "ไม่ใช่"}},
}

// SpokenLanguages lists the languages a service or hotline may offer, by
// ISO 639-1 code, each named in every site language.
var SpokenLanguages = Vocabulary{
	{"en", Text{"en": "English", "id": "Bahasa Inggris", "ms": "Bahasa Inggeris", "vi": "Tiếng Anh", "th": "ภาษาอังกฤษ"}},
	{"id", Text{"en": "Indonesian", "id": "Bahasa Indonesia", "ms": "Bahasa Indonesia", "vi": "Tiếng Indonesia", "th": "ภาษาอินโดนีเซีย"}},
	{"ms", Text{"en": "Malay", "id": "Bahasa Melayu", "ms": "Bahasa Melayu", "vi": "Tiếng Mã Lai", "th": "ภาษามลายู"}},
	{"vi", Text{"en": "Vietnamese", "id": "Bahasa Vietnam", "ms": "Bahasa Vietnam", "vi": "Tiếng Việt", "th": "ภาษาเวียดนาม"}},
	{"th", Text{"en": "Thai", "id": "Bahasa Thai", "ms": "Bahasa Thai", "vi": "Tiếng Thái", "th": "ภาษาไทย"}},
	{"my", Text{"en": "Burmese", "id": "Bahasa Myanmar", "ms": "Bahasa Myanmar", "vi": "Tiếng Myanmar", "th": "ภาษาเมียนมา"}},
	{"km", Text{"en": "Khmer", "id": "Bahasa Khmer", "ms": "Bahasa Khmer", "vi": "Tiếng Khmer", "th": "ภาษาเขมร"}},
	{"lo", Text{"en": "Lao", "id": "Bahasa Laos", "ms": "Bahasa Laos", "vi": "Tiếng Lào", "th": "ภาษาลาว"}},
	{"tl", Text{"en": "Filipino", "id": "Bahasa Filipina", "ms": "Bahasa Filipina", "vi": "Tiếng Philippines", "th": "ภาษาฟิลิปิโน"}},
	{"zh", Text{"en": "Chinese", "id": "Bahasa Mandarin", "ms": "Bahasa Cina", "vi": "Tiếng Trung", "th": "ภาษาจีน"}},
	{"ta", Text{"en": "Tamil", "id": "Bahasa Tamil", "ms": "Bahasa Tamil", "vi": "Tiếng Tamil", "th": "ภาษาทมิฬ"}},
	{"bn", Text{"en": "Bengali", "id": "Bahasa Bengali", "ms": "Bahasa Benggali", "vi": "Tiếng Bengal", "th": "ภาษาเบงกาลี"}},
	{"ne", Text{"en": "Nepali", "id": "Bahasa Nepali", "ms": "Bahasa Nepal", "vi": "Tiếng Nepal", "th": "ภาษาเนปาล"}},
	{"jv", Text{"en": "Javanese", "id": "Bahasa Jawa", "ms": "Bahasa Jawa", "vi": "Tiếng Java", "th": "ภาษาชวา"}},
}

func equalFold(a, b string) bool {
	return a != "" && strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

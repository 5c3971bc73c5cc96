package workbook

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"github.com/panduan/panduan/internal/directory"
)

// Maximum lengths of free texts, in characters. A longer cell is read
// but reported, because the site's layout expects texts of about this
// size.
const (
	maxName        = 200
	maxShortText   = 300
	maxDescription = 1500
)

// field returns a column of one kind whose Field is its key.
func field(key string, kind Kind, width float64, header, comment directory.Text) Column {
	return Column{Key: key, Field: key, Kind: kind, Width: width, Header: header, Comment: comment}
}

func (c Column) required() Column         { c.Required = true; return c }
func (c Column) internal() Column         { c.Internal = true; return c }
func (c Column) maxLen(n int) Column      { c.MaxLen = n; return c }
func (c Column) refersTo(s string) Column { c.Ref = s; return c }
func (c Column) vocabulary(v directory.Vocabulary) Column {
	c.Vocabulary = v
	return c
}

// perLanguage expands a text column into one column for each site
// language: key "name" becomes name_en … name_th. Only the English
// column keeps the Required flag, because English is the fallback of
// every other language.
func perLanguage(c Column) []Column {
	cols := make([]Column, 0, len(directory.Languages))
	for _, lang := range directory.Languages {
		lc := c
		lc.Key = c.Field + "_" + lang
		lc.Lang = lang
		lc.Required = c.Required && lang == directory.SourceLanguage
		lc.Header = directory.Text{}
		lc.Comment = directory.Text{}
		for _, ui := range directory.Languages {
			name := languageName(lang, ui)
			lc.Header[ui] = fmt.Sprintf("%s (%s)", c.Header[ui], name)
			comment := c.Comment[ui] + " " + fmt.Sprintf(languageSentence[ui], name)
			if lang != directory.SourceLanguage {
				comment += " " + fallbackSentence[ui]
			}
			lc.Comment[ui] = comment
		}
		cols = append(cols, lc)
	}
	return cols
}

// languageName returns the name of the site language lang in ui, as it
// is written inside a sentence: Indonesian, Malay and Vietnamese write
// "bahasa Inggris" and "tiếng Anh" in lower case there.
func languageName(lang, ui string) string {
	t, _ := directory.SpokenLanguages.Term(lang)
	name, _ := t.Label.In(ui)
	if ui == "en" || ui == "th" || name == "" {
		return name
	}
	r, size := utf8.DecodeRuneInString(name)
	return string(unicode.ToLower(r)) + name[size:]
}

var languageSentence = tx(
	"Write it in %s.",
	"Tulis dalam %s.",
	"Tulis dalam %s.",
	"Viết bằng %s.",
	"เขียนเป็น%s",
)

var fallbackSentence = tx(
	"If it is empty, the site shows the English text.",
	"Jika kosong, situs menampilkan teks bahasa Inggris.",
	"Jika kosong, laman web memaparkan teks bahasa Inggeris.",
	"Nếu để trống, trang web sẽ hiển thị văn bản tiếng Anh.",
	"หากเว้นว่างไว้ เว็บไซต์จะแสดงข้อความภาษาอังกฤษแทน",
)

// flagColumns returns one yes/no column for each term of v. Its key is
// keyPrefix followed by the term's code, and its header is prefix (a
// format with one %s) filled with the term's label.
func flagColumns(keyPrefix string, v directory.Vocabulary, prefix, comment directory.Text) []Column {
	cols := make([]Column, 0, len(v))
	for _, term := range v {
		c := field(keyPrefix+term.Code, KindYesNo, 14, directory.Text{}, comment)
		c.Term = term.Code
		for _, ui := range directory.Languages {
			label, _ := term.Label.In(ui)
			c.Header[ui] = fmt.Sprintf(prefix[ui], label)
		}
		cols = append(cols, c)
	}
	return cols
}

// typeColumns returns the yes/no column of each type of assistance on
// the Services sheet. Its header is the type's label.
func typeColumns(types []directory.Type) []Column {
	cols := make([]Column, 0, len(types))
	for _, t := range types {
		c := field(typeKeyPrefix+t.Code, KindYesNo, 14, directory.Text{}, directory.Text{})
		c.Term = t.Code
		for _, ui := range directory.Languages {
			label, _ := t.Label.In(ui)
			explanation, _ := t.Explanation.In(ui)
			c.Header[ui] = label
			c.Comment[ui] = joinSentences(explanation, typeFlagComment[ui])
		}
		cols = append(cols, c)
	}
	return cols
}

// typeKeyPrefix starts the key of a type's column on the Services sheet.
const typeKeyPrefix = "type:"

var typeFlagComment = tx(
	"Choose Yes if the service offers this.",
	"Pilih Ya jika layanan ini menyediakannya.",
	"Pilih Ya jika perkhidmatan ini menawarkannya.",
	"Chọn Có nếu dịch vụ cung cấp hỗ trợ này.",
	"เลือก ใช่ หากบริการนี้ให้ความช่วยเหลือประเภทนี้",
)

func joinSentences(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// languageColumns returns n dropdown columns of spoken languages.
func languageColumns(n int) []Column {
	cols := make([]Column, 0, n)
	for i := 1; i <= n; i++ {
		c := field(fmt.Sprintf("language_%d", i), KindEnum, 16, directory.Text{}, languageComment).
			vocabulary(directory.SpokenLanguages)
		c.Field = "language"
		for _, ui := range directory.Languages {
			c.Header[ui] = fmt.Sprintf("%s %d", languageHeader[ui], i)
		}
		cols = append(cols, c)
	}
	return cols
}

var languageHeader = tx("Language", "Bahasa", "Bahasa", "Ngôn ngữ", "ภาษา")

var languageComment = tx(
	"A language the staff speak. Choose from the list, and use the next columns for more languages.",
	"Bahasa yang dikuasai petugas. Pilih dari daftar, dan gunakan kolom berikutnya untuk bahasa lain.",
	"Bahasa yang dituturkan oleh kakitangan. Pilih daripada senarai, dan gunakan lajur seterusnya untuk bahasa lain.",
	"Ngôn ngữ mà nhân viên sử dụng được. Chọn từ danh sách, và dùng các cột tiếp theo nếu có thêm ngôn ngữ.",
	"ภาษาที่เจ้าหน้าที่ใช้สื่อสารได้ เลือกจากรายการ หากมีหลายภาษาให้ใช้คอลัมน์ถัดไป",
)

// Headers and comments shared by several sheets.
var (
	nameHeader    = tx("Name", "Nama", "Nama", "Tên", "ชื่อ")
	websiteColumn = field("website", KindURL, 34,
		tx("Website", "Situs web", "Laman web", "Trang web", "เว็บไซต์"),
		tx("The full address, starting with https://.",
			"Alamat lengkap, diawali dengan https://.",
			"Alamat penuh, bermula dengan https://.",
			"Địa chỉ đầy đủ, bắt đầu bằng https://.",
			"ที่อยู่เว็บไซต์แบบเต็ม ขึ้นต้นด้วย https://")).maxLen(maxShortText)
	countryHeader    = tx("Country", "Negara", "Negara", "Quốc gia", "ประเทศ")
	serviceIDHeader  = tx("Service ID", "ID layanan", "ID perkhidmatan", "Mã dịch vụ", "รหัสบริการ")
	orgIDHeader      = tx("Organisation ID", "ID organisasi", "ID organisasi", "Mã tổ chức", "รหัสองค์กร")
	openingHoursText = field("hours", KindText, 28,
		tx("Opening hours", "Jam buka", "Waktu operasi", "Giờ mở cửa", "เวลาทำการ"),
		tx(`Opening hours as people should read them, such as "Monday to Friday, 8.30 am to 4.30 pm".`,
			`Jam buka dalam bentuk kalimat, misalnya "Senin sampai Jumat, pukul 08.30–16.30".`,
			`Waktu operasi dalam bentuk ayat, contohnya "Isnin hingga Jumaat, 8.30 pagi hingga 4.30 petang".`,
			`Giờ mở cửa viết thành câu, ví dụ "Thứ Hai đến Thứ Sáu, 8:30–16:30".`,
			`เวลาทำการที่เขียนเป็นข้อความ เช่น "วันจันทร์ถึงวันศุกร์ 08.30–16.30 น."`)).maxLen(maxShortText)
)

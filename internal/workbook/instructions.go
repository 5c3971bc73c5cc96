package workbook

import (
	"fmt"
	"unicode/utf8"

	"github.com/panduan/panduan/internal/directory"
)

var (
	instructionTitle = tx(
		"Directory of Services: workbook",
		"Direktori Layanan: buku kerja",
		"Direktori Perkhidmatan: buku kerja",
		"Danh bạ dịch vụ: sổ làm việc",
		"ทำเนียบบริการ: สมุดงาน",
	)
	versionLabel = tx(
		"Schema version (do not change)",
		"Versi skema (jangan diubah)",
		"Versi skema (jangan ubah)",
		"Phiên bản lược đồ (không thay đổi)",
		"เวอร์ชันของโครงสร้าง (ห้ามแก้ไข)",
	)
)

// instructions are the paragraphs of the Instructions sheet.
var instructions = []directory.Text{
	tx("This workbook holds the Directory of Services. Each sheet is a table with its headers in row 1 and one record per row. Point to a header to read what to enter in its column.",
		"Buku kerja ini memuat Direktori Layanan. Setiap lembar adalah sebuah tabel: judul kolom ada di baris 1, dan setiap baris berisi satu data. Arahkan kursor ke judul kolom untuk membaca apa yang harus diisi.",
		"Buku kerja ini memuatkan Direktori Perkhidmatan. Setiap helaian ialah sebuah jadual: tajuk lajur berada di baris 1, dan setiap baris mengandungi satu rekod. Halakan tetikus ke tajuk lajur untuk membaca perkara yang perlu diisi.",
		"Sổ làm việc này chứa Danh bạ dịch vụ. Mỗi trang tính là một bảng: tiêu đề cột nằm ở hàng 1 và mỗi hàng là một bản ghi. Di chuột lên tiêu đề cột để xem cần điền gì.",
		"สมุดงานนี้เก็บข้อมูลทำเนียบบริการ แต่ละแผ่นงานเป็นตาราง หัวคอลัมน์อยู่ในแถวที่ 1 และหนึ่งแถวคือหนึ่งรายการ ชี้เมาส์ที่หัวคอลัมน์เพื่ออ่านคำอธิบายว่าต้องกรอกอะไร"),
	tx("Fill in the sheets in this order: Countries, Areas, Organisations, then one row per service on the Services sheet. Put each phone number of a service on its own row of the Phones sheet. The Hours sheet can also hold opening hours day by day. Each row there starts with the service's ID.",
		"Isi lembar-lembar ini secara berurutan: Negara, Wilayah, Organisasi, lalu satu baris untuk setiap layanan di lembar Layanan. Tulis setiap nomor telepon layanan di baris tersendiri pada lembar Telepon. Lembar Jam buka dapat memuat jam buka per hari. Setiap baris di sana diawali dengan ID layanan.",
		"Isi helaian mengikut urutan ini: Negara, Kawasan, Organisasi, kemudian satu baris bagi setiap perkhidmatan dalam helaian Perkhidmatan. Tulis setiap nombor telefon perkhidmatan dalam baris tersendiri pada helaian Telefon. Helaian Waktu operasi boleh memuatkan waktu operasi mengikut hari. Setiap baris di situ bermula dengan ID perkhidmatan.",
		"Điền các trang tính theo thứ tự: Quốc gia, Tỉnh thành, Tổ chức, sau đó mỗi dịch vụ một hàng trên trang tính Dịch vụ. Mỗi số điện thoại của dịch vụ ghi trên một hàng riêng của trang tính Điện thoại. Trang tính Giờ mở cửa có thể ghi giờ mở cửa theo từng ngày. Mỗi hàng ở đó bắt đầu bằng mã dịch vụ.",
		"กรอกแผ่นงานตามลำดับนี้: ประเทศ พื้นที่ องค์กร แล้วจึงกรอกบริการหนึ่งแถวต่อหนึ่งบริการในแผ่นงานบริการ หมายเลขโทรศัพท์แต่ละหมายเลขของบริการให้กรอกแยกแถวในแผ่นงานโทรศัพท์ แผ่นงานเวลาทำการใช้บันทึกเวลาทำการเป็นรายวันได้ ทุกแถวในแผ่นงานเหล่านี้ขึ้นต้นด้วยรหัสบริการ"),
	tx("A header that ends with * must be filled in. Where a column has a dropdown, choose from it. Type dates as YYYY-MM-DD, such as 2026-09-15.",
		"Judul kolom yang diakhiri tanda * wajib diisi. Jika kolom memiliki daftar pilihan, pilihlah dari daftar itu. Tulis tanggal dengan format YYYY-MM-DD, misalnya 2026-09-15.",
		"Tajuk lajur yang berakhir dengan * wajib diisi. Jika lajur mempunyai senarai pilihan, pilih daripada senarai itu. Tulis tarikh dalam format YYYY-MM-DD, contohnya 2026-09-15.",
		"Tiêu đề cột có dấu * ở cuối là bắt buộc. Nếu cột có danh sách chọn, hãy chọn từ danh sách đó. Nhập ngày theo dạng YYYY-MM-DD, ví dụ 2026-09-15.",
		"หัวคอลัมน์ที่ลงท้ายด้วย * ต้องกรอก หากคอลัมน์มีรายการให้เลือก ให้เลือกจากรายการนั้น กรอกวันที่ในรูปแบบ YYYY-MM-DD เช่น 2026-09-15"),
	tx("Write every text in English first. The other languages are optional: where a translation is missing, the site shows the English text.",
		"Tulis setiap teks dalam bahasa Inggris terlebih dahulu. Bahasa lain tidak wajib: jika terjemahannya kosong, situs menampilkan teks bahasa Inggris.",
		"Tulis setiap teks dalam bahasa Inggeris terlebih dahulu. Bahasa lain tidak wajib: jika terjemahan tiada, laman web memaparkan teks bahasa Inggeris.",
		"Viết mọi văn bản bằng tiếng Anh trước. Các ngôn ngữ khác không bắt buộc: nếu thiếu bản dịch, trang web sẽ hiển thị văn bản tiếng Anh.",
		"เขียนข้อความทุกช่องเป็นภาษาอังกฤษก่อน ภาษาอื่นไม่บังคับ หากไม่มีคำแปล เว็บไซต์จะแสดงข้อความภาษาอังกฤษแทน"),
	tx("Columns marked (internal), with a grey header, are for your team only. They are never published.",
		"Kolom bertanda (internal) dengan judul berwarna abu-abu hanya untuk tim Anda. Isinya tidak pernah diterbitkan.",
		"Lajur bertanda (dalaman) dengan tajuk berwarna kelabu adalah untuk pasukan anda sahaja. Kandungannya tidak diterbitkan.",
		"Các cột có ghi (nội bộ) và tiêu đề màu xám chỉ dành cho nhóm của bạn. Nội dung các cột này không bao giờ được công bố.",
		"คอลัมน์ที่มีคำว่า (ภายใน) และหัวคอลัมน์สีเทาใช้ภายในทีมของคุณเท่านั้น และจะไม่เผยแพร่"),
	tx("For a service with a confidential address, the site shows only its area (province or state): never the city, street, postal code or map position. Fill in the address anyway, so that your team has it.",
		"Untuk layanan dengan alamat yang dirahasiakan, situs hanya menampilkan wilayahnya (provinsi), tidak pernah kota, jalan, kode pos, atau posisi di peta. Tetap isi alamatnya agar tim Anda memilikinya.",
		"Bagi perkhidmatan dengan alamat sulit, laman web hanya memaparkan kawasannya (negeri), tanpa bandar, jalan, poskod atau kedudukan pada peta. Isi juga alamatnya supaya pasukan anda mempunyai rekodnya.",
		"Với dịch vụ có địa chỉ bảo mật, trang web chỉ hiển thị tỉnh/thành, không bao giờ hiển thị quận huyện, địa chỉ, mã bưu chính hay vị trí trên bản đồ. Bạn vẫn nên điền địa chỉ để nhóm của bạn lưu lại.",
		"สำหรับบริการที่ต้องปกปิดที่อยู่ เว็บไซต์จะแสดงเพียงพื้นที่ (จังหวัดหรือรัฐ) โดยไม่แสดงเมือง ถนน รหัสไปรษณีย์ หรือตำแหน่งบนแผนที่ แต่ควรกรอกที่อยู่ไว้เพื่อให้ทีมของคุณมีข้อมูล"),
	tx("Type phone numbers with the country code, such as +66 2 555 0000. The phone columns are formatted as text. If a number loses its + or leading zero, format the cell as Text and type the number again.",
		"Tulis nomor telepon dengan kode negara, misalnya +62 21 5550 0000. Kolom nomor telepon berformat teks. Jika tanda + atau angka nol di depan hilang, ubah format sel menjadi Teks lalu ketik ulang nomornya.",
		"Tulis nombor telefon dengan kod negara, contohnya +60 3 5550 0000. Lajur nombor telefon berformat teks. Jika tanda + atau sifar di hadapan hilang, tukar format sel kepada Teks dan taip semula nombor itu.",
		"Nhập số điện thoại kèm mã quốc gia, ví dụ +84 24 5550 0000. Các cột số điện thoại được định dạng văn bản. Nếu số bị mất dấu + hoặc số 0 ở đầu, hãy định dạng ô thành Văn bản rồi nhập lại số.",
		"กรอกหมายเลขโทรศัพท์พร้อมรหัสประเทศ เช่น +66 2 555 0000 คอลัมน์หมายเลขโทรศัพท์ตั้งรูปแบบเป็นข้อความไว้แล้ว หากเครื่องหมาย + หรือเลข 0 นำหน้าหายไป ให้ตั้งรูปแบบเซลล์เป็นข้อความแล้วพิมพ์หมายเลขใหม่"),
	tx("The phone numbers in the SAMPLE workbook are fictional. They follow a visible pattern and end in 00 00 or 0000. Do not call them.",
		"Nomor telepon dalam buku kerja CONTOH adalah fiktif. Nomor-nomor itu mengikuti pola yang mudah dikenali dan berakhiran 00 00 atau 0000. Jangan menghubungi nomor tersebut.",
		"Nombor telefon dalam buku kerja CONTOH adalah rekaan. Nombor-nombor itu mengikut corak yang mudah dikenali dan berakhir dengan 00 00 atau 0000. Jangan hubungi nombor tersebut.",
		"Các số điện thoại trong sổ làm việc MẪU là số giả. Chúng theo một quy luật dễ nhận ra và kết thúc bằng 00 00 hoặc 0000. Đừng gọi vào các số này.",
		"หมายเลขโทรศัพท์ในสมุดงานตัวอย่างเป็นหมายเลขสมมติ ซึ่งมีรูปแบบที่สังเกตได้ง่ายและลงท้ายด้วย 00 00 หรือ 0000 โปรดอย่าโทรไปยังหมายเลขเหล่านี้"),
	tx("Keep the sheet names, the headers and cell B2 of this sheet as they are, and do not merge cells. panduan names the sheet and cell of each mistake it finds, with a fix.",
		"Jangan mengubah nama lembar, judul kolom, dan sel B2 di lembar ini, dan jangan menggabungkan sel. panduan menunjukkan lembar dan sel setiap kesalahan yang ditemukannya, beserta cara memperbaikinya.",
		"Jangan ubah nama helaian, tajuk lajur dan sel B2 dalam helaian ini, dan jangan gabungkan sel. panduan menunjukkan helaian dan sel bagi setiap kesilapan yang ditemuinya, berserta cara membetulkannya.",
		"Giữ nguyên tên trang tính, tiêu đề cột và ô B2 của trang tính này, và không gộp ô. panduan chỉ ra trang tính và ô của từng lỗi tìm thấy, kèm cách sửa.",
		"อย่าเปลี่ยนชื่อแผ่นงาน หัวคอลัมน์ และเซลล์ B2 ของแผ่นงานนี้ และอย่าผสานเซลล์ panduan จะแจ้งแผ่นงานและเซลล์ของข้อผิดพลาดแต่ละรายการที่พบ พร้อมวิธีแก้ไข"),
}

// writeInstructions fills the Instructions sheet: the title in A1, the
// schema version in versionCell with its label beside it, and the
// paragraphs in column B from row 4.
func (wr *writer) writeInstructions() error {
	name := wr.name(SheetInstructions)
	f := wr.f
	if err := f.SetColWidth(name, "A", "A", 34); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", "B", 100); err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A1", wr.text(instructionTitle)); err != nil {
		return err
	}
	if err := f.SetCellStyle(name, "A1", "A1", wr.styles.title); err != nil {
		return err
	}
	if err := f.SetCellStr(name, "A2", wr.text(versionLabel)); err != nil {
		return err
	}
	if err := f.SetCellStr(name, versionCell, SchemaVersion); err != nil {
		return err
	}
	for i, p := range instructions {
		row := i + 4
		cellRef := fmt.Sprintf("B%d", row)
		text := wr.text(p)
		if err := f.SetCellStr(name, cellRef, text); err != nil {
			return err
		}
		if err := f.SetCellStyle(name, cellRef, cellRef, wr.styles.wrap); err != nil {
			return err
		}
		if err := f.SetRowHeight(name, row, paragraphHeight(text)); err != nil {
			return err
		}
	}
	return nil
}

// paragraphHeight returns a row height in points that fits a paragraph
// wrapped in column B. Spreadsheets do not grow a row for wrapped text
// that a program wrote, so the height is set from an estimate of about
// 90 characters a line, 15 points each.
func paragraphHeight(text string) float64 {
	lines := utf8.RuneCountInString(text)/90 + 1
	return float64(lines)*15 + 4
}

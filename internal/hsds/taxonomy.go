package hsds

import "github.com/panduan/panduan/internal/directory"

// taxonomy is one of panduan's own taxonomies. Services link to its terms
// through the attribute table, with Key as the attribute's link_type.
type taxonomy struct {
	Key         string
	Name        directory.Text
	Description directory.Text
}

// term is a term of a panduan taxonomy. Description may be empty. The
// export then repeats the term's name as its description, because HSDS
// requires one.
type term struct {
	Code        string
	Name        directory.Text
	Description directory.Text
}

// Taxonomy keys. Each is the link_type of the attributes that use the
// taxonomy and the prefix of its terms' codes.
const (
	taxonomyTypes       = "type_of_assistance"
	taxonomyEligibility = "eligibility"
	taxonomyAccess      = "access"
	taxonomyCost        = "cost"
	taxonomyFeatures    = "feature"
)

// Codes of the terms of the features taxonomy.
const (
	featureTraffickingSpecific = "trafficking_specific"
	featureInterpretation      = "interpretation"
	featureConfidentialAddress = "confidential_address"
)

var taxonomies = []taxonomy{
	{
		Key: taxonomyTypes,
		Name: directory.Text{
			"en": "Types of assistance (panduan)",
			"id": "Jenis bantuan (panduan)",
			"ms": "Jenis bantuan (panduan)",
			"vi": "Loại hình hỗ trợ (panduan)",
			"th": "ประเภทความช่วยเหลือ (panduan)",
		},
		Description: directory.Text{
			"en": "The types of assistance that a service offers, as the directory lists them.",
			"id": "Jenis bantuan yang diberikan oleh layanan, sebagaimana tercantum dalam direktori.",
			"ms": "Jenis bantuan yang ditawarkan oleh perkhidmatan, seperti yang disenaraikan dalam direktori.",
			"vi": "Các loại hình hỗ trợ mà dịch vụ cung cấp, theo danh bạ dịch vụ.",
			"th": "ประเภทความช่วยเหลือที่หน่วยบริการให้ ตามที่ระบุไว้ในรายชื่อหน่วยบริการ",
		},
	},
	{
		Key: taxonomyEligibility,
		Name: directory.Text{
			"en": "Who the service is for (panduan)",
			"id": "Sasaran layanan (panduan)",
			"ms": "Golongan sasaran perkhidmatan (panduan)",
			"vi": "Đối tượng phục vụ (panduan)",
			"th": "กลุ่มผู้รับบริการ (panduan)",
		},
		Description: directory.Text{
			"en": "The groups of people that a service is for. A service with no term from this taxonomy is open to everyone.",
			"id": "Kelompok orang yang dilayani oleh layanan. Layanan yang tidak memiliki istilah dari taksonomi ini terbuka untuk semua orang.",
			"ms": "Golongan yang dilayani oleh perkhidmatan. Perkhidmatan yang tidak mempunyai sebarang istilah daripada taksonomi ini terbuka kepada semua orang.",
			"vi": "Những nhóm người mà dịch vụ phục vụ. Dịch vụ không gắn mục nào của bảng phân loại này thì dành cho tất cả mọi người.",
			"th": "กลุ่มคนที่หน่วยบริการให้บริการ หน่วยบริการที่ไม่มีคำใดจากหมวดหมู่นี้เปิดให้บริการแก่ทุกคน",
		},
	},
	{
		Key: taxonomyAccess,
		Name: directory.Text{
			"en": "How to get the service (panduan)",
			"id": "Cara mendapatkan layanan (panduan)",
			"ms": "Cara mendapatkan perkhidmatan (panduan)",
			"vi": "Cách tiếp cận dịch vụ (panduan)",
			"th": "วิธีเข้ารับบริการ (panduan)",
		},
		Description: directory.Text{
			"en": "The ways to start using a service.",
			"id": "Cara untuk mulai menggunakan layanan.",
			"ms": "Cara untuk mula menggunakan perkhidmatan.",
			"vi": "Các cách để bắt đầu sử dụng dịch vụ.",
			"th": "วิธีเริ่มใช้บริการ",
		},
	},
	{
		Key: taxonomyCost,
		Name: directory.Text{
			"en": "Cost (panduan)",
			"id": "Biaya (panduan)",
			"ms": "Kos (panduan)",
			"vi": "Chi phí (panduan)",
			"th": "ค่าใช้จ่าย (panduan)",
		},
		Description: directory.Text{
			"en": "What a service costs the people who use it.",
			"id": "Biaya yang harus dibayar oleh pengguna layanan.",
			"ms": "Kos yang perlu dibayar oleh pengguna perkhidmatan.",
			"vi": "Chi phí mà người sử dụng dịch vụ phải trả.",
			"th": "ค่าใช้จ่ายที่ผู้ใช้บริการต้องจ่าย",
		},
	},
	{
		Key: taxonomyFeatures,
		Name: directory.Text{
			"en": "Service features (panduan)",
			"id": "Ciri layanan (panduan)",
			"ms": "Ciri perkhidmatan (panduan)",
			"vi": "Đặc điểm dịch vụ (panduan)",
			"th": "ลักษณะของบริการ (panduan)",
		},
		Description: directory.Text{
			"en": "Facts that matter when choosing a service: whether it specialises in human trafficking, can arrange an interpreter or keeps its address confidential.",
			"id": "Hal penting dalam memilih layanan: apakah layanan khusus menangani perdagangan orang, dapat menyediakan juru bahasa, atau merahasiakan alamatnya.",
			"ms": "Perkara penting semasa memilih perkhidmatan: sama ada perkhidmatan itu khusus untuk pemerdagangan orang, boleh menyediakan jurubahasa atau merahsiakan alamatnya.",
			"vi": "Những điều cần biết khi chọn dịch vụ: dịch vụ có chuyên về mua bán người không, có bố trí được phiên dịch không, có giữ bí mật địa chỉ không.",
			"th": "ข้อมูลสำคัญในการเลือกบริการ ได้แก่ เป็นบริการเฉพาะด้านการค้ามนุษย์หรือไม่ จัดหาล่ามได้หรือไม่ และเก็บที่อยู่เป็นความลับหรือไม่",
		},
	},
}

var featureTerms = []term{
	{
		Code: featureTraffickingSpecific,
		Name: directory.Text{
			"en": "Specialises in human trafficking",
			"id": "Khusus menangani perdagangan orang",
			"ms": "Khusus untuk pemerdagangan orang",
			"vi": "Chuyên hỗ trợ về mua bán người",
			"th": "เฉพาะด้านการค้ามนุษย์",
		},
		Description: directory.Text{
			"en": "The service is set up specifically for people affected by human trafficking.",
			"id": "Layanan ini dibentuk khusus untuk orang yang terdampak perdagangan orang.",
			"ms": "Perkhidmatan ini diwujudkan khusus untuk orang yang terjejas akibat pemerdagangan orang.",
			"vi": "Dịch vụ được thành lập riêng cho những người bị ảnh hưởng bởi nạn mua bán người.",
			"th": "บริการนี้จัดตั้งขึ้นเพื่อช่วยเหลือผู้ได้รับผลกระทบจากการค้ามนุษย์โดยเฉพาะ",
		},
	},
	{
		Code: featureInterpretation,
		Name: directory.Text{
			"en": "Interpreter available",
			"id": "Tersedia juru bahasa",
			"ms": "Jurubahasa disediakan",
			"vi": "Có phiên dịch",
			"th": "มีล่าม",
		},
		Description: directory.Text{
			"en": "The service can arrange an interpreter.",
			"id": "Layanan ini dapat menyediakan juru bahasa.",
			"ms": "Perkhidmatan ini boleh menyediakan jurubahasa.",
			"vi": "Dịch vụ có thể bố trí phiên dịch viên.",
			"th": "บริการนี้จัดหาล่ามให้ได้",
		},
	},
	{
		Code: featureConfidentialAddress,
		Name: directory.Text{
			"en": "Confidential address",
			"id": "Alamat dirahasiakan",
			"ms": "Alamat dirahsiakan",
			"vi": "Địa chỉ được giữ bí mật",
			"th": "ที่อยู่เป็นความลับ",
		},
		Description: directory.Text{
			"en": "The address is not published, to protect the people who stay or work there. Contact the service by phone or email.",
			"id": "Alamat tidak dipublikasikan demi melindungi orang yang tinggal atau bekerja di sana. Hubungi layanan melalui telepon atau email.",
			"ms": "Alamat tidak disiarkan untuk melindungi orang yang tinggal atau bekerja di situ. Hubungi perkhidmatan melalui telefon atau e-mel.",
			"vi": "Địa chỉ không được công bố để bảo vệ những người đang ở hoặc làm việc tại đó. Hãy liên hệ với dịch vụ qua điện thoại hoặc email.",
			"th": "ไม่เปิดเผยที่อยู่เพื่อคุ้มครองผู้ที่พักอาศัยหรือทำงานอยู่ที่นั่น โปรดติดต่อหน่วยบริการทางโทรศัพท์หรืออีเมล",
		},
	},
}

func featureDescription(code string) directory.Text {
	for _, t := range featureTerms {
		if t.Code == code {
			return t.Description
		}
	}
	return nil
}

// vocabularyTerms returns the terms of a fixed vocabulary, which has
// labels but no descriptions.
func vocabularyTerms(v directory.Vocabulary) []term {
	out := make([]term, len(v))
	for i, t := range v {
		out[i] = term{Code: t.Code, Name: t.Label}
	}
	return out
}

// typeTerms returns the workbook's types of assistance as terms.
func typeTerms(types []directory.Type) []term {
	out := make([]term, len(types))
	for i, t := range types {
		out[i] = term{Code: t.Code, Name: t.Label, Description: t.Explanation}
	}
	return out
}

// taxonomyTerms returns the terms of each taxonomy by key.
func taxonomyTerms(d *directory.Directory) map[string][]term {
	return map[string][]term{
		taxonomyTypes:       typeTerms(d.Types),
		taxonomyEligibility: vocabularyTerms(directory.Eligibility),
		taxonomyAccess:      vocabularyTerms(directory.Access),
		taxonomyCost:        vocabularyTerms(directory.Cost),
		taxonomyFeatures:    featureTerms,
	}
}

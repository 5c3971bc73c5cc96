// Package apitest provides a realistic directory for the tests of the
// exporters. It has four countries, services with phones and opening
// hours, one confidential address, one closed and one temporarily closed
// service, and texts with missing translations. Every organisation,
// address, phone number and email in it is invented.
package apitest

import (
	"time"

	"github.com/panduan/panduan/internal/directory"
)

// Canary strings planted in the fixture. The confidential service's
// address and coordinates and the closed service's texts must never be
// published. PublicCanary sits in a public field of the confidential
// service, as a positive control that a search of the output can find a
// planted string.
const (
	ConfidentialID     = "ID-003"
	ClosedID           = "VN-002"
	TemporarilyClosed  = "MY-002"
	CanaryStreet       = "CANARY-STREET-7f3a1c"
	CanaryPostalCode   = "CANARY-POSTAL-91c2e4"
	CanaryCity         = "CANARY-CITY-5d8e0b"
	CanaryLatitude     = -6.2718281828
	CanaryLongitude    = 106.8314159265
	CanaryLatDigits    = "2718281828"
	CanaryLonDigits    = "8314159265"
	ClosedCanary       = "CANARY-CLOSED-4b6d2a"
	PublicCanary       = "CANARY-PUBLIC-0e9f37"
	PublicLatDigits    = "1942135"
	PublicLonDigits    = "8451379"
	FormulaDocumentsEN = "-Passport or identity card, if you still have it"
	FormulaHowToEN     = "=HYPERLINK(\"https://attacker.example.org\",\"Apply\")"
)

func ptr[T any](v T) *T { return &v }

// Directory returns a new copy of the fixture, so a test may change it.
func Directory() *directory.Directory {
	return &directory.Directory{
		SchemaVersion: "1",
		Countries:     countries(),
		Areas:         areas(),
		Types:         types(),
		Organisations: organisations(),
		Services:      services(),
		Hotlines:      hotlines(),
	}
}

func countries() []directory.Country {
	return []directory.Country{
		{Code: "ID", Name: directory.Text{"en": "Indonesia", "id": "Indonesia", "ms": "Indonesia", "vi": "Indonesia", "th": "อินโดนีเซีย"}},
		{Code: "MY", Name: directory.Text{"en": "Malaysia", "id": "Malaysia", "ms": "Malaysia", "vi": "Malaysia", "th": "มาเลเซีย"}},
		{Code: "VN", Name: directory.Text{"en": "Viet Nam", "id": "Vietnam", "ms": "Vietnam", "vi": "Việt Nam", "th": "เวียดนาม"}},
		{Code: "TH", Name: directory.Text{"en": "Thailand", "id": "Thailand", "ms": "Thailand", "vi": "Thái Lan", "th": "ประเทศไทย"}},
	}
}

func areas() []directory.Area {
	return []directory.Area{
		{Code: "ID-JK", Country: "ID", Name: directory.Text{"en": "Jakarta", "id": "DKI Jakarta"}},
		{Code: "ID-JT", Country: "ID", Name: directory.Text{"en": "Central Java", "id": "Jawa Tengah", "ms": "Jawa Tengah"}},
		{Code: "MY-14", Country: "MY", Name: directory.Text{"en": "Kuala Lumpur", "ms": "Wilayah Persekutuan Kuala Lumpur"}},
		{Code: "MY-12", Country: "MY", Name: directory.Text{"en": "Sabah", "ms": "Sabah"}},
		{Code: "VN-HN", Country: "VN", Name: directory.Text{"en": "Ha Noi", "vi": "Hà Nội"}},
		{Code: "VN-SG", Country: "VN", Name: directory.Text{"en": "Ho Chi Minh City", "vi": "Thành phố Hồ Chí Minh"}},
		{Code: "TH-10", Country: "TH", Name: directory.Text{"en": "Bangkok", "th": "กรุงเทพมหานคร"}},
		{Code: "TH-50", Country: "TH", Name: directory.Text{"en": "Chiang Mai", "th": "เชียงใหม่"}},
	}
}

func types() []directory.Type {
	return []directory.Type{
		{Code: "shelter",
			Label:       directory.Text{"en": "Shelter", "id": "Rumah aman", "ms": "Rumah perlindungan", "vi": "Nhà tạm lánh", "th": "บ้านพักพิง"},
			Explanation: directory.Text{"en": "A safe place to stay for a while.", "id": "Tempat tinggal sementara yang aman.", "vi": "Nơi ở an toàn trong một thời gian."}},
		{Code: "legal_aid",
			Label:       directory.Text{"en": "Legal aid", "id": "Bantuan hukum", "ms": "Bantuan guaman", "vi": "Trợ giúp pháp lý", "th": "ความช่วยเหลือทางกฎหมาย"},
			Explanation: directory.Text{"en": "Free advice from a lawyer and help with the police and the courts."}},
		{Code: "counselling",
			Label: directory.Text{"en": "Counselling", "id": "Konseling", "ms": "Kaunseling", "vi": "Tư vấn tâm lý", "th": "การให้คำปรึกษา"}},
		{Code: "health",
			Label:       directory.Text{"en": "Health care", "id": "Layanan kesehatan", "ms": "Penjagaan kesihatan", "vi": "Chăm sóc sức khỏe", "th": "การรักษาพยาบาล"},
			Explanation: directory.Text{"en": "Medical check-ups and treatment.", "th": "การตรวจสุขภาพและการรักษา"}},
		{Code: "repatriation",
			Label: directory.Text{"en": "Return home", "id": "Pemulangan", "ms": "Penghantaran pulang", "vi": "Hồi hương", "th": "การส่งกลับภูมิลำเนา"}},
	}
}

func organisations() []directory.Organisation {
	return []directory.Organisation{
		{ID: "ORG-ID-01",
			Name:        directory.Text{"en": "Pelita Example Foundation", "id": "Yayasan Contoh Pelita"},
			Description: directory.Text{"en": "@pelita_example runs shelters and legal aid in Java.", "id": "@pelita_example mengelola rumah aman dan bantuan hukum di Jawa."},
			Website:     "https://pelita.example.org/"},
		{ID: "ORG-MY-01",
			Name:    directory.Text{"en": "Teduh Example Society", "ms": "Pertubuhan Contoh Teduh"},
			Website: "https://teduh.example.org/"},
		{ID: "ORG-VN-01",
			Name:        directory.Text{"en": "Binh An Example Centre", "vi": "Trung tâm Ví dụ Bình An"},
			Description: directory.Text{"en": "Support for women and children who return from abroad.", "vi": "Hỗ trợ phụ nữ và trẻ em trở về từ nước ngoài."}},
		{ID: "ORG-TH-01",
			Name:        directory.Text{"en": "Saeng Tian Example Foundation", "th": "มูลนิธิตัวอย่างแสงเทียน"},
			Description: directory.Text{"en": "Legal and health services for migrant workers.", "th": "บริการด้านกฎหมายและสุขภาพสำหรับแรงงานข้ามชาติ"},
			Website:     "https://saengtian.example.org/th/"},
	}
}

func weekdays(opens, closes string) []directory.OpeningHours {
	var hours []directory.OpeningHours
	for _, day := range []string{"mon", "tue", "wed", "thu", "fri"} {
		hours = append(hours, directory.OpeningHours{Day: day, Opens: opens, Closes: closes})
	}
	return hours
}

func services() []directory.Service {
	verified := time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
	return []directory.Service{
		{
			ID: "ID-001", OrganisationID: "ORG-ID-01", Status: directory.StatusActive,
			Name:                directory.Text{"en": "Pelita Safe House Jakarta", "id": "Rumah Aman Pelita Jakarta", "ms": "Rumah Perlindungan Pelita Jakarta"},
			Types:               []string{"shelter", "counselling"},
			TraffickingSpecific: true,
			Country:             "ID", Area: "ID-JK",
			City: "Jakarta Selatan", StreetAddress: "Jl. Contoh Raya No. 10", PostalCode: "12950",
			Latitude: ptr(-6.21942135), Longitude: ptr(106.8451379),
			Email: "rumahaman@pelita.example.org", Website: "https://pelita.example.org/rumah-aman",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+622150000000", National: "(021) 5000 0000", International: "+62 21 5000 0000"},
				{Kind: directory.PhoneWhatsApp, E164: "+6281200000000", National: "0812-0000-0000", International: "+62 812-0000-0000"},
			},
			HoursText: directory.Text{"en": "Monday to Friday 08:00–16:00, Saturday 09:00–12:00", "id": "Senin–Jumat 08.00–16.00, Sabtu 09.00–12.00"},
			Hours: append(weekdays("08:00", "16:00"),
				directory.OpeningHours{Day: "sat", Opens: "09:00", Closes: "12:00"}),
			Languages:   []string{"id", "en", "jv"},
			Eligibility: []string{"women", "children"},
			Cost:        "free",
			Access:      []string{"walk_in", "call_first"},
			Documents:   directory.Text{"en": FormulaDocumentsEN, "id": "-Paspor atau KTP, jika masih ada"},
			Description: directory.Text{
				"en": "Short-term shelter for women and children, with counselling on site.",
				"id": "Rumah aman jangka pendek bagi perempuan dan anak, dengan konseling di tempat.",
			},
			HowToAccess:  directory.Text{"en": "Call first or come to the front gate.", "id": "Telepon dulu atau datang ke gerbang depan."},
			LastVerified: verified,
		},
		{
			ID: "ID-002", OrganisationID: "ORG-ID-01", Status: directory.StatusActive,
			Name:    directory.Text{"en": "Pelita Legal Aid Semarang", "id": "Bantuan Hukum Pelita Semarang"},
			Types:   []string{"legal_aid"},
			Country: "ID", Area: "ID-JT",
			City: "Semarang", StreetAddress: "Jl. Contoh Pemuda No. 5",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+622470000000", National: "(024) 7000 0000", International: "+62 24 7000 0000"},
			},
			HoursText:   directory.Text{"en": "By appointment"},
			Languages:   []string{"id", "jv"},
			Cost:        "free",
			Access:      []string{"appointment", "referral"},
			Description: directory.Text{"en": "Lawyers who help survivors report to the police and claim restitution."},
			HowToAccess: directory.Text{"en": FormulaHowToEN},
		},
		{
			ID: ConfidentialID, OrganisationID: "ORG-ID-01", Status: directory.StatusActive,
			Name:                directory.Text{"en": "Pelita Protected Shelter", "id": "Rumah Aman Terlindung Pelita"},
			Types:               []string{"shelter"},
			TraffickingSpecific: true,
			Country:             "ID", Area: "ID-JK",
			City: CanaryCity, StreetAddress: CanaryStreet, PostalCode: CanaryPostalCode,
			ConfidentialAddress: true,
			Latitude:            ptr(CanaryLatitude), Longitude: ptr(CanaryLongitude),
			Phones: []directory.Phone{
				{Kind: directory.PhoneHotline, E164: "+6281300000000", National: "0813-0000-0000", International: "+62 813-0000-0000"},
			},
			Hours:       []directory.OpeningHours{{Day: "mon", Opens: "00:00", Closes: "24:00"}},
			Languages:   []string{"id"},
			Eligibility: []string{"women"},
			AgeMin:      ptr(18),
			Cost:        "free",
			Access:      []string{"referral"},
			Description: directory.Text{"en": "Long-term shelter at a confidential address. " + PublicCanary, "id": "Rumah aman jangka panjang di alamat yang dirahasiakan. " + PublicCanary},
		},
		{
			ID: "MY-001", OrganisationID: "ORG-MY-01", Status: directory.StatusActive,
			Name:    directory.Text{"en": "Teduh Helpline and Counselling", "ms": "Talian Bantuan dan Kaunseling Teduh"},
			Types:   []string{"counselling", "legal_aid"},
			Country: "MY", Area: "MY-14",
			City: "Kuala Lumpur", StreetAddress: "No. 1, Jalan Contoh 3/4, Taman Contoh", PostalCode: "50000",
			Latitude: ptr(3.139), Longitude: ptr(101.6869),
			Email: "bantuan@teduh.example.org",
			Phones: []directory.Phone{
				{Kind: directory.PhoneHotline, E164: "+60320000000", National: "03-2000 0000", International: "+60 3-2000 0000"},
				{Kind: directory.PhoneSMS, E164: "+60123000000", National: "012-300 0000", International: "+60 12-300 0000"},
			},
			HoursText: directory.Text{"en": "Every day, 24 hours", "ms": "Setiap hari, 24 jam"},
			Hours: []directory.OpeningHours{
				{Day: "mon", Opens: "00:00", Closes: "24:00"}, {Day: "tue", Opens: "00:00", Closes: "24:00"},
				{Day: "wed", Opens: "00:00", Closes: "24:00"}, {Day: "thu", Opens: "00:00", Closes: "24:00"},
				{Day: "fri", Opens: "00:00", Closes: "24:00"}, {Day: "sat", Opens: "00:00", Closes: "24:00"},
				{Day: "sun", Opens: "00:00", Closes: "24:00"},
			},
			Languages:      []string{"ms", "en", "zh", "ta", "my"},
			Interpretation: true,
			Cost:           "free",
			Access:         []string{"call_first"},
			Description:    directory.Text{"en": "A helpline for anyone who may have been trafficked.", "ms": "Talian bantuan untuk sesiapa yang mungkin menjadi mangsa pemerdagangan orang."},
			LastVerified:   verified,
		},
		{
			ID: TemporarilyClosed, OrganisationID: "ORG-MY-01", Status: directory.StatusTemporarilyClosed,
			Name:    directory.Text{"en": "Teduh Drop-in Centre Kota Kinabalu", "ms": "Pusat Khidmat Teduh Kota Kinabalu"},
			Types:   []string{"counselling"},
			Country: "MY", Area: "MY-12",
			City: "Kota Kinabalu", StreetAddress: "Lot 2, Jalan Contoh", PostalCode: "88000",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+6088200000", National: "088-200 000", International: "+60 88-200 000"},
			},
			Hours:       weekdays("09:00", "17:00"),
			Languages:   []string{"ms", "en", "tl"},
			Eligibility: []string{"non_citizens"},
			Cost:        "free",
			Access:      []string{"walk_in"},
			Description: directory.Text{"en": "Closed for renovation until further notice."},
		},
		{
			ID: "VN-001", OrganisationID: "ORG-VN-01", Status: directory.StatusActive,
			Name:    directory.Text{"en": "Binh An Reintegration Shelter", "vi": "Nhà tạm lánh Bình An"},
			Types:   []string{"shelter", "health", "repatriation"},
			Country: "VN", Area: "VN-HN",
			City: "Hà Nội", StreetAddress: "Số 10, ngõ 20, phố Ví Dụ, quận Đống Đa", PostalCode: "115000",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+842439000000", National: "024 3900 0000", International: "+84 24 3900 0000"},
				{Kind: directory.PhoneHotline, E164: "+84912000000", National: "0912 000 000", International: "+84 912 000 000"},
			},
			HoursText:   directory.Text{"en": "Office hours on weekdays; the shelter is open day and night.", "vi": "Văn phòng làm việc các ngày trong tuần; nhà tạm lánh mở cửa cả ngày lẫn đêm."},
			Languages:   []string{"vi", "en"},
			Eligibility: []string{"women", "children"},
			AgeMax:      ptr(60),
			Cost:        "free",
			Access:      []string{"referral", "call_first"},
			Documents:   directory.Text{"vi": "Không cần giấy tờ."},
			Description: directory.Text{"en": "Shelter, medical care and help to return home for women and children.", "vi": "Nơi ở, chăm sóc y tế và hỗ trợ hồi hương cho phụ nữ và trẻ em."},
		},
		{
			ID: ClosedID, OrganisationID: "ORG-VN-01", Status: directory.StatusClosed,
			Name:    directory.Text{"en": "Binh An Office " + ClosedCanary},
			Types:   []string{"counselling"},
			Country: "VN", Area: "VN-SG",
			City: "Thành phố Hồ Chí Minh", StreetAddress: ClosedCanary + " street",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+842838000000", National: "028 3800 0000"},
			},
			Description: directory.Text{"en": "Closed. " + ClosedCanary},
		},
		{
			ID: "TH-001", OrganisationID: "ORG-TH-01", Status: directory.StatusActive,
			Name:    directory.Text{"en": "Saeng Tian Legal Clinic", "th": "คลินิกกฎหมายแสงเทียน"},
			Types:   []string{"legal_aid", "repatriation"},
			Country: "TH", Area: "TH-10",
			City: "Bangkok", StreetAddress: "99 Soi Example 5, Pathum Wan", PostalCode: "10330",
			Latitude: ptr(13.7465), Longitude: ptr(100.5348),
			Email: "legal@saengtian.example.org",
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+6621000000", National: "02 100 0000", International: "+66 2 100 0000"},
			},
			HoursText:   directory.Text{"en": "Monday to Friday 08:30–16:30", "th": "จันทร์–ศุกร์ 08.30–16.30 น."},
			Hours:       weekdays("08:30", "16:30"),
			Languages:   []string{"th", "my", "km", "lo", "en"},
			AgeMin:      ptr(18),
			Cost:        "free",
			Access:      []string{"walk_in", "appointment"},
			Documents:   directory.Text{"en": "Any papers you have, such as a work permit.", "th": "เอกสารที่มี เช่น ใบอนุญาตทำงาน"},
			Description: directory.Text{"en": "Help with labour claims, compensation and return home.", "th": "ช่วยเหลือเรื่องการเรียกร้องสิทธิแรงงาน ค่าชดเชย และการเดินทางกลับบ้าน"},
			HowToAccess: directory.Text{"en": "+ Bring a friend if you like.", "th": "+ พาเพื่อนมาด้วยได้"},
		},
		{
			ID: "TH-002", OrganisationID: "ORG-TH-01", Status: directory.StatusActive,
			Name:    directory.Text{"en": "Saeng Tian Migrant Health Post", "th": "จุดบริการสุขภาพแรงงานข้ามชาติแสงเทียน"},
			Types:   []string{"health"},
			Country: "TH", Area: "TH-50",
			City: "Chiang Mai", StreetAddress: "12 Example Road, Chang Phueak", PostalCode: "50300",
			Latitude: ptr(18.8), Longitude: ptr(98.98),
			Phones: []directory.Phone{
				{Kind: directory.PhoneMain, E164: "+6653200000", National: "053 200 000", International: "+66 53 200 000"},
				{Kind: directory.PhoneWhatsApp, E164: "+66812000000", National: "081 200 0000", International: "+66 81 200 0000"},
			},
			Hours: []directory.OpeningHours{
				{Day: "tue", Opens: "09:00", Closes: "12:00"}, {Day: "tue", Opens: "13:00", Closes: "16:00"},
				{Day: "thu", Opens: "09:00", Closes: "12:00"}, {Day: "thu", Opens: "13:00", Closes: "16:00"},
			},
			Languages:   []string{"th", "my"},
			Eligibility: []string{"non_citizens"},
			Cost:        "low_cost",
			Access:      []string{"referral"},
			Description: directory.Text{"en": "Check-ups and treatment for migrant workers."},
		},
	}
}

func hotlines() []directory.Hotline {
	return []directory.Hotline{
		{Country: "ID", Name: directory.Text{"en": "Example national helpline", "id": "Layanan pengaduan nasional contoh"},
			Phone:     directory.Phone{Kind: directory.PhoneHotline, E164: "+622180000000", National: "(021) 8000 0000", International: "+62 21 8000 0000"},
			Hours:     directory.Text{"en": "24 hours", "id": "24 jam"},
			Languages: []string{"id", "en"}},
		{Country: "TH", Name: directory.Text{"en": "Example anti-trafficking hotline", "th": "สายด่วนต่อต้านการค้ามนุษย์ตัวอย่าง"},
			Phone:     directory.Phone{Kind: directory.PhoneHotline, E164: "+6626000000", National: "02 600 0000", International: "+66 2 600 0000"},
			Languages: []string{"th", "en", "my", "km", "lo"}},
		{Country: "VN", Name: directory.Text{"en": "Example protection hotline", "vi": "Đường dây nóng bảo vệ ví dụ"},
			Phone:     directory.Phone{Kind: directory.PhoneHotline, E164: "+842437000000", National: "024 3700 0000"},
			Hours:     directory.Text{"en": "Every day, 24 hours"},
			Languages: []string{"vi"}},
	}
}

package hsds

import (
	"fmt"
	"strings"
)

// utcOffsetMinutes gives the UTC offset of the countries that have a
// single time zone and no daylight saving time, in minutes.
var utcOffsetMinutes = map[string]int{
	"BN": 8 * 60,
	"KH": 7 * 60,
	"LA": 7 * 60,
	"MM": 6*60 + 30,
	"MY": 8 * 60,
	"PH": 8 * 60,
	"SG": 8 * 60,
	"TH": 7 * 60,
	"TL": 9 * 60,
	"VN": 7 * 60,
}

// indonesiaOffsetMinutes gives the UTC offset of each Indonesian province
// by ISO 3166-2 code: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9).
var indonesiaOffsetMinutes = map[string]int{
	// WIB: Sumatra, Java, West and Central Kalimantan.
	"ID-AC": 7 * 60, "ID-SU": 7 * 60, "ID-SB": 7 * 60, "ID-RI": 7 * 60, "ID-KR": 7 * 60,
	"ID-JA": 7 * 60, "ID-SS": 7 * 60, "ID-BB": 7 * 60, "ID-BE": 7 * 60, "ID-LA": 7 * 60,
	"ID-JK": 7 * 60, "ID-JB": 7 * 60, "ID-BT": 7 * 60, "ID-JT": 7 * 60, "ID-YO": 7 * 60,
	"ID-JI": 7 * 60, "ID-KB": 7 * 60, "ID-KT": 7 * 60,
	// WITA: Bali, Nusa Tenggara, South, East and North Kalimantan, Sulawesi.
	"ID-BA": 8 * 60, "ID-NB": 8 * 60, "ID-NT": 8 * 60, "ID-KS": 8 * 60, "ID-KI": 8 * 60,
	"ID-KU": 8 * 60, "ID-SA": 8 * 60, "ID-ST": 8 * 60, "ID-SN": 8 * 60, "ID-SG": 8 * 60,
	"ID-GO": 8 * 60, "ID-SR": 8 * 60,
	// WIT: Maluku and Papua.
	"ID-MA": 9 * 60, "ID-MU": 9 * 60, "ID-PA": 9 * 60, "ID-PB": 9 * 60, "ID-PD": 9 * 60,
	"ID-PE": 9 * 60, "ID-PS": 9 * 60, "ID-PT": 9 * 60,
	// ISO 3166-2 also defines island groups. Kalimantan (ID-KA) spans
	// WIB and WITA, so it has no single offset.
	"ID-JW": 7 * 60, "ID-SM": 7 * 60, "ID-NU": 8 * 60, "ID-SL": 8 * 60, "ID-ML": 9 * 60,
	"ID-PP": 9 * 60,
}

// utcOffset returns the UTC offset of an area in minutes, and false when
// the table above does not know the country or the Indonesian province.
func utcOffset(country, area string) (int, bool) {
	if country == "ID" {
		m, ok := indonesiaOffsetMinutes[area]
		return m, ok
	}
	m, ok := utcOffsetMinutes[country]
	return m, ok
}

// formatOffsetHours returns an offset in minutes as a number of hours for
// the schedule table's timezone column: "7", "6.5".
func formatOffsetHours(minutes int) string {
	s := fmt.Sprintf("%.2f", float64(minutes)/60)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

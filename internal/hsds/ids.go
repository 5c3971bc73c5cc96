package hsds

import (
	"strings"

	"github.com/google/uuid"
)

// idNamespace is the UUID namespace of every ID in the export. It is fixed,
// so the same workbook IDs give the same UUIDs in every build and every
// language. Changing it changes every ID that consumers may have stored.
var idNamespace = uuid.MustParse("5a489edd-69cf-465b-8228-2b9ecfb0f57c")

// newID returns the version 5 UUID of the name formed by joining parts
// with "/", such as "service/ID-001" or "phone/ID-001/main/+622150000000".
// The first part is the HSDS table, so two tables never share an ID.
func newID(parts ...string) string {
	return uuid.NewSHA1(idNamespace, []byte(strings.Join(parts, "/"))).String()
}

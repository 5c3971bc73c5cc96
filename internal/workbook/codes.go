package workbook

import "github.com/panduan/panduan/internal/diag"

// Code is one kind of problem that the reader reports. Its ID is stable
// across releases, so a practitioner can look it up in docs/workbook.md.
type Code struct {
	ID       string
	Severity diag.Severity
	Meaning  string
	// Fix is the default fix; a report may give a more precise one.
	Fix string
}

// Problems with the file as a whole: W0xx.
var (
	CodeNotWorkbook     = Code{"W001", diag.Error, "the file is not an Excel workbook (.xlsx)", "save it as an Excel workbook (.xlsx) from Excel, LibreOffice or Google Sheets"}
	CodeEncrypted       = Code{"W002", diag.Error, "the workbook is encrypted with a password", "open it, remove the password to open (in Excel: File > Info > Protect Workbook > Encrypt with Password) and save it again"}
	CodeLegacyFormat    = Code{"W003", diag.Error, "the file is an old Excel 97-2003 workbook (.xls)", "open it and save it as an Excel workbook (.xlsx)"}
	CodeUnknownVersion  = Code{"W004", diag.Error, "the workbook's schema version is not one this panduan reads", "copy the data into a new template from \"panduan template\", or use the panduan release that wrote the workbook"}
	CodeNoVersion       = Code{"W005", diag.Warning, "the workbook has no schema version; it is read as version " + SchemaVersion, "keep the Instructions sheet of the template, with the version in cell " + versionCell}
	CodeMissingSheet    = Code{"W006", diag.Error, "a required sheet is missing", "add the sheet from a new template made with \"panduan template\""}
	CodeDuplicateSheet  = Code{"W007", diag.Error, "two sheets hold the same table, in different languages", "move the rows into one of the sheets and delete the other"}
	CodeUnknownSheet    = Code{"W008", diag.Warning, "a sheet that is not part of the schema is ignored", "rename it to a sheet of the template, or keep it if it holds your own notes"}
	CodeMissingColumn   = Code{"W101", diag.Error, "a required column is missing", "add the column with the header from the template"}
	CodeUnknownColumn   = Code{"W102", diag.Warning, "a column that is not part of the schema is ignored", "rename the header to one of the template, or delete the column"}
	CodeDuplicateColumn = Code{"W103", diag.Error, "two columns have the same header; only the first is read", "delete or rename one of them"}
	CodeMergedCells     = Code{"W104", diag.Error, "merged cells in a data sheet", "unmerge the cells and fill in each of them"}
	CodeNoTypes         = Code{"W105", diag.Error, "the Types sheet lists no types of assistance", "copy the Types sheet from a new template"}
)

// Problems with a value: W2xx.
var (
	CodeMissingValue     = Code{"W201", diag.Error, "a required value is missing", "fill in the cell"}
	CodeUnknownCountry   = Code{"W202", diag.Error, "the country is not on the Countries sheet", "choose a country from the dropdown, or add it to the Countries sheet"}
	CodeUnknownArea      = Code{"W203", diag.Error, "the area is not on the Areas sheet", "choose an area from the dropdown, or add it to the Areas sheet"}
	CodeUnknownTerm      = Code{"W204", diag.Error, "the value is not one of the column's list", "choose a value from the dropdown"}
	CodeUnknownOrg       = Code{"W205", diag.Error, "the organisation ID is not on the Organisations sheet", "use an ID from the Organisations sheet, or add the organisation there"}
	CodeUnknownService   = Code{"W206", diag.Error, "the service ID is not on the Services sheet", "use an ID from the Services sheet"}
	CodeDuplicateID      = Code{"W207", diag.Error, "the ID or code is used by an earlier row; this row is ignored", "give each row its own ID"}
	CodeInvalidID        = Code{"W208", diag.Error, "the ID or code is not valid", "use letters, digits, hyphens and underscores only, without spaces"}
	CodeAreaCountry      = Code{"W209", diag.Error, "the area does not belong to the country", "choose an area of the country, or correct the country"}
	CodeInvalidPhone     = Code{"W210", diag.Error, "the phone number is not valid for the country", "write the full number with the country code, such as +66 2 555 0000"}
	CodeInvalidEmail     = Code{"W211", diag.Error, "the email address is not valid", "write one address, such as help@example.org"}
	CodeInvalidURL       = Code{"W212", diag.Error, "the web address is not valid", "write the full address, starting with https://"}
	CodeUnsafeURL        = Code{"W213", diag.Error, "the link is not an http or https address", "write a web address starting with https://"}
	CodeInvalidDate      = Code{"W214", diag.Error, "the date is not valid", "type the date as YYYY-MM-DD, such as 2026-09-15"}
	CodeInvalidNumber    = Code{"W215", diag.Error, "the number is not valid", "type a number, such as 13.7563"}
	CodeCoordinateRange  = Code{"W216", diag.Error, "the latitude or longitude is out of range", "use a latitude from -90 to 90 and a longitude from -180 to 180"}
	CodeCoordinatePair   = Code{"W217", diag.Error, "only one of latitude and longitude is filled in", "fill in both, or neither"}
	CodeAgeRange         = Code{"W218", diag.Error, "the minimum age is greater than the maximum age", "correct one of the two ages"}
	CodeInvalidTime      = Code{"W219", diag.Error, "the time is not valid", "type the time as HH:MM in 24-hour form, such as 08:30"}
	CodeClosesBeforeOpen = Code{"W220", diag.Error, "the closing time is not after the opening time", "for hours past midnight, use two rows: until 24:00, and from 00:00 on the next day"}
	CodeFormula          = Code{"W221", diag.Error, "a formula has no usable value", "replace the formula with its value (copy, then paste values only)"}
	CodeInvisibleChar    = Code{"W222", diag.Error, "the text contains an invisible control character", "retype the text, or delete the character at the position given"}
	CodePhoneAsNumber    = Code{"W223", diag.Warning, "the phone number is stored as a number, so a leading zero or plus sign may be lost", "format the cell as Text and type the number with its + and country code"}
	CodeTooLong          = Code{"W224", diag.Warning, "the text is longer than the column's limit", "shorten the text"}
	CodeNoTranslation    = Code{"W225", diag.Warning, "a translation is missing; the site shows the English text", "add the translation"}
	CodeStale            = Code{"W226", diag.Warning, "the details were last verified more than 12 months ago", "confirm the details with the service and update the date"}
	CodeNoContact        = Code{"W227", diag.Warning, "the service has no phone number, email or website", "add a way to reach the service"}
	CodeFutureDate       = Code{"W228", diag.Warning, "the date is in the future", "check the date"}
	CodeNoType           = Code{"W229", diag.Error, "the service offers no type of assistance", "choose Yes in at least one column of a type of assistance"}
)

// Codes lists every code in order, for documentation and tests.
var Codes = []Code{
	CodeNotWorkbook, CodeEncrypted, CodeLegacyFormat, CodeUnknownVersion, CodeNoVersion,
	CodeMissingSheet, CodeDuplicateSheet, CodeUnknownSheet,
	CodeMissingColumn, CodeUnknownColumn, CodeDuplicateColumn, CodeMergedCells, CodeNoTypes,
	CodeMissingValue, CodeUnknownCountry, CodeUnknownArea, CodeUnknownTerm, CodeUnknownOrg,
	CodeUnknownService, CodeDuplicateID, CodeInvalidID, CodeAreaCountry, CodeInvalidPhone,
	CodeInvalidEmail, CodeInvalidURL, CodeUnsafeURL, CodeInvalidDate, CodeInvalidNumber,
	CodeCoordinateRange, CodeCoordinatePair, CodeAgeRange, CodeInvalidTime, CodeClosesBeforeOpen,
	CodeFormula, CodeInvisibleChar, CodePhoneAsNumber, CodeTooLong, CodeNoTranslation,
	CodeStale, CodeNoContact, CodeFutureDate, CodeNoType,
}

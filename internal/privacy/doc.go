// Package privacy holds the end-to-end test that no internal column
// and no confidential address reaches any file a build writes. It has
// no code of its own.
package privacy

// Package registry holds the domain facts vinhdanh checks articles against:
// Vietnam's provincial-level units before and after the 2025 merger, the forms
// of reward of the 2022 Law on Emulation and Commendation, emulation clusters
// declared by a site, and the numbering of official documents.
//
// Provinces: the 63 units in force until 2025-06-30 ("former") and the 34 in
// force from 2025-07-01 ("current", Nghị quyết 202/2025/QH15). A unit that
// kept its name through the merger (Thái Nguyên, which absorbed Bắc Kạn; Cao
// Bằng, which did not change) is one Province that is both former and current;
// a unit whose name disappeared (Bắc Kạn) is a former Province whose Successor
// is the current unit it became part of. Every current unit lists its
// Constituents. Names resolve through their slug, so "Bắc Kạn", "Bac Kan",
// "bac-kan", "tỉnh Bắc Kạn", "Hoà Bình" (old tone placement) and "Ðắk Lắk"
// (with U+00D0) all find their unit; so do a few common aliases ("TP.HCM",
// "Sài Gòn", "Đăk Lăk", "Thừa Thiên - Huế").
//
// Awards: every title and form of reward with its category, class, signer and
// statutory rank, resolved by name or slug ("Huân chương Lao động hạng Ba",
// "huan-chuong-lao-dong-hang-ba", "Huân chương Lao động hạng 3"). An unknown
// name is told the nearest award, by letters over the names and then the
// other names, or by whole words, one more, less or changed.
//
// Document numbers follow Nghị định 30/2020/NĐ-CP: "946/QĐ-UBND" is sequence,
// type and issuer; legal normative documents add the year ("98/2023/NĐ-CP");
// letters have no type ("4912/UBND-NC"); party documents put the type first
// ("60-NQ/TW"); news often gives a bare number ("2234"). ParseDocumentNumber
// accepts all of these, normalises case, spaces and the leading zero, and
// explains what is wrong with anything else.
//
// A Registry is immutable once built and safe for concurrent use.
package registry

// Package metadata reads the structured text editors write, front matter and
// site.yaml, into a tree of Nodes that remember where each key and value
// stands, so that every later check can name file:line:column.
//
// Split separates a Markdown file's front matter from its body, recognising
// YAML between "---" lines (or "---yaml" and "---"), TOML between "+++"
// lines (or "---toml" and "---"), JSON between ";;;" lines (or "---json" and
// "---"), and a JSON object whose first and last lines are "{" and "}"
// followed by a blank line. It reports an opened but unclosed front matter as
// an error rather than treating the file as all body. It reads the file once,
// line by line, and returns parts of it, without copying.
//
// Parse decodes a document in one of the three formats. YAML comes from
// gopkg.in/yaml.v3, which keeps positions; TOML (1.1) from the parser of
// github.com/pelletier/go-toml/v2/unstable, which gives the bytes of every
// key and scalar, with the tree and TOML's rules on defining a key or a
// table once kept here; JSON from encoding/json's token stream. Scalars
// keep the text as written (a YAML date stays the string "2023-06-02", a
// number the string "20"), so callers parse values with their own rules and
// their own messages; TOML's numbers are written back in decimal (0x1F is
// "31", 1.0 is "1") and its dates and times in RFC 3339's form. Lines and
// columns are 1-based, columns in characters; every key stands where it is
// written, each part of a dotted key on its own; a YAML syntax error, for
// which yaml.v3 gives only a line, is placed at the character its message
// blames.
//
// Decoder reads typed values and reports at the node's place. Its String and
// Strings undo what a paste from a word processor does to an unquoted YAML
// value, with a warning: curly quotes around it are read as quotes, and text
// cut at " #" is pointed out. CheckText refuses, in every key and value once
// decoded, the characters a page cannot show (control characters other than
// tab and line feed, and noncharacters), whether written as they are or as
// escapes; Parse gives the same words for the ones the libraries refuse.
//
// This package is the only user of the YAML and TOML libraries.
package metadata

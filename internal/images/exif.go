package images

import (
	"bytes"
	"encoding/binary"
)

// exifOrientation reads the orientation of the JPEG src: tag 0x0112 of
// IFD0 in its first APP1 segment that holds EXIF (CIPA DC-008, 4.5.4 and
// 4.6.4). It returns 1 when there is none or when its value is not 1 to 8,
// and the whole APP1 segment, marker included, with the orientation set to
// 1, for a copy of the EXIF that a viewer will not turn again (nil when
// there is no EXIF).
//
// This is written here rather than taken from an EXIF library: it reads
// one value, with a bounds check at every step (FuzzExifOrientation), and
// the EXIF libraries for Go read every tag, maker notes included, and bring
// their own dependencies (docs/decisions.md, Images).
func exifOrientation(src []byte) (orient int, app1 []byte) {
	seg, tiff := findExif(src)
	if seg == nil {
		return 1, nil
	}
	orient, at := orientationTag(tiff)
	out := bytes.Clone(seg)
	if at >= 0 {
		// at is an offset in tiff, which ends seg.
		order := byteOrder(tiff)
		order.PutUint16(out[len(seg)-len(tiff)+at:], 1)
	}
	if orient < 1 || orient > 8 {
		orient = 1
	}
	return orient, out
}

// findExif returns the first APP1 segment of the JPEG src that holds
// EXIF, whole, and the TIFF structure inside it; nil, nil when there is
// none before the image data.
func findExif(src []byte) (seg, tiff []byte) {
	if len(src) < 2 || src[0] != 0xff || src[1] != 0xd8 {
		return nil, nil
	}
	i := 2
	for i+4 <= len(src) {
		if src[i] != 0xff {
			return nil, nil
		}
		marker := src[i+1]
		switch {
		case marker == 0xff: // fill byte
			i++
			continue
		case marker == 0xd9 || marker == 0xda: // end of image, start of scan
			return nil, nil
		case marker == 0x01 || marker >= 0xd0 && marker <= 0xd7: // no length
			i += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(src[i+2:]))
		if n < 2 || i+2+n > len(src) {
			return nil, nil
		}
		payload := src[i+4 : i+2+n]
		if marker == 0xe1 && bytes.HasPrefix(payload, []byte("Exif\x00\x00")) {
			return src[i : i+2+n], payload[6:]
		}
		i += 2 + n
	}
	return nil, nil
}

// byteOrder returns the byte order a TIFF header declares, nil if none.
func byteOrder(tiff []byte) binary.ByteOrder {
	switch {
	case bytes.HasPrefix(tiff, []byte("II*\x00")):
		return binary.LittleEndian
	case bytes.HasPrefix(tiff, []byte("MM\x00*")):
		return binary.BigEndian
	}
	return nil
}

// orientationTag returns the value of tag 0x0112 in IFD0 of the TIFF
// structure tiff and the offset of that value in tiff, or 1, -1 when the
// tag is missing or not one SHORT.
func orientationTag(tiff []byte) (value, at int) {
	order := byteOrder(tiff)
	if order == nil || len(tiff) < 8 {
		return 1, -1
	}
	ifd := int64(order.Uint32(tiff[4:]))
	if ifd+2 > int64(len(tiff)) {
		return 1, -1
	}
	n := int(order.Uint16(tiff[ifd:]))
	for e := range n {
		off := int(ifd) + 2 + 12*e
		if off+12 > len(tiff) {
			break
		}
		tag, typ, count := order.Uint16(tiff[off:]), order.Uint16(tiff[off+2:]), order.Uint32(tiff[off+4:])
		if tag != 0x0112 {
			continue
		}
		if typ != 3 || count != 1 { // 3 is SHORT
			return 1, -1
		}
		return int(order.Uint16(tiff[off+8:])), off + 8
	}
	return 1, -1
}

"""Prints the characters of a CJK national character set, one code point a line (U+XXXX).

The sets (see docs/letters.md):
  sc  GB 2312 (simplified Chinese: 6,763 hanzi, punctuation, kana, Cyrillic and Greek)
  tc  Big5 symbols and level 1 (traditional Chinese: the 5,401 frequent hanzi)
  jp  JIS X 0208 non-kanji rows and level 1 (Japanese: 2,965 kanji, kana, symbols)
  kr  KS X 1001 without its hanja (Korean: the 2,350 common hangul syllables, jamo, symbols)
Each is decoded from the double-byte code space of its legacy encoding with Python's codecs.
"""
import sys


def decoded(codec, first_bytes, second_bytes):
    for lead in first_bytes:
        for trail in second_bytes:
            try:
                text = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                yield text


SETS = {
    "sc": lambda: decoded("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)),
    # Big5: A140-A3BF symbols, A440-C67E level 1 hanzi
    "tc": lambda: (c for c in decoded("big5", range(0xA1, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
                   if c.encode("big5") <= b"\xc6\x7e"),
    # EUC-JP rows 1-47: symbols, kana, Latin, Greek, Cyrillic, box drawing and level 1 kanji
    "jp": lambda: decoded("euc_jp", range(0xA1, 0xD0), range(0xA1, 0xFF)),
    # EUC-KR rows 1-40: symbols, jamo, kana, Cyrillic and the hangul syllables; rows 74-93 (hanja) left out
    "kr": lambda: decoded("euc_kr", range(0xA1, 0xC9), range(0xA1, 0xFF)),
}

if __name__ == "__main__":
    for character in sorted(set(SETS[sys.argv[1]]())):
        print("U+%04X" % ord(character))

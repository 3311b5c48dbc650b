#!/usr/bin/env python3
"""Writes Fixtures/vietnamese-cases.tsv, the case table of the Vietnamese rules.

Each row: language (en|vi), the rule expected to report (or "-" when nothing may be
reported), the input, and the text after `newslint fix` (safe fixes only). The damaged
forms are made the way real copy is damaged: real Vietnamese phrases (names of officials,
provinces from the gazetteer, common words) encoded with glibc iconv in TCVN3, VISCII and
Windows-1258, or as UTF-8, and read back as Windows-1252; tone marks moved; letters swapped
for look-alikes. VNI, which iconv lacks, and the clean cases are written by hand.

Run:  python3 Fixtures/scripts/vietnamese_cases.py   (NewslintRulesTests reads the table)
"""
import os
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "vietnamese-cases.tsv")

PHRASES = [
    "Việt Nam", "Hà Nội", "Đà Nẵng", "Hồ Chí Minh", "Bùi Thanh Sơn", "Phạm Minh Chính", "Nguyễn Văn Nên",
    "Quốc hội", "người dân", "Cần Thơ", "Hải Phòng", "Quảng Ninh", "Nghệ An", "Bộ trưởng", "Thủ tướng",
    "Tổng Bí thư", "Bình Dương", "Đồng Nai", "Thừa Thiên Huế", "Trường Sa", "quốc tế", "hợp tác",
    "phát triển", "kinh tế", "Lạng Sơn",
]


# Damaged words that are good Vietnamese as they stand (TCVN3 "Bé" is bộ, but bé is a
# word; "Thõa" reads as thõa; "BÝ" as a capitalised bý): no decoder can tell them from
# good text without more of the file, so the fix leaves them and repairs the rest.
AMBIGUOUS = {
    ("TCVN5712-1", "Bộ trưởng"): "Bé trưởng",
    ("TCVN5712-1", "Tổng Bí thư"): "Tổng BÝ thư",
    ("TCVN5712-1", "Thừa Thiên Huế"): "Thõa Thiên Huế",
}


def nfc(text):
    return unicodedata.normalize("NFC", text)


def read_as_cp1252(data):
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))  # Latin-1 for the five holes
    return "".join(out)


def iconv(text, encoding):
    result = subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding], input=text.encode(), capture_output=True)
    return result.stdout if result.returncode == 0 else None


def legacy_cases():
    rows = []
    for phrase in PHRASES:
        rows.append(("vi", "mojibake", read_as_cp1252(phrase.encode("utf-8")), phrase))
    for encoding, count in (("TCVN5712-1", 25), ("VISCII", 12), ("CP1258", 12)):
        for index, phrase in enumerate(PHRASES[:count]):
            if encoding == "VISCII":
                # VISCII and TCVN3 can read a short text alike; a real file is
                # longer, so each VISCII case is a line of three phrases.
                phrase = ", ".join([phrase, PHRASES[(index + 7) % len(PHRASES)], PHRASES[(index + 13) % len(PHRASES)]])
            source = unicodedata.normalize("NFD", phrase) if encoding == "CP1258" else phrase
            data = iconv(source, encoding)
            if data is None:
                continue
            damaged = read_as_cp1252(data)
            if damaged != phrase:
                rows.append(("vi", "mojibake", damaged, AMBIGUOUS.get((encoding, phrase), phrase)))
    vni = [("Vieät Nam", "Việt Nam"), ("Ñaø Naüng", "Đà Nẵng"), ("ngöôøi daân", "người dân"), ("Nguyeãn", "Nguyễn"),
           ("Haø Noäi", "Hà Nội"), ("Quoác hoäi", "Quốc hội"), ("Thuû töôùng", "Thủ tướng"), ("Ñoàng Nai", "Đồng Nai"),
           ("Thaùi Bình", "Thái Bình"), ("Haûi Phoøng", "Hải Phòng")]
    # Left out: VNI words that read as valid Vietnamese as they stand ("Hoà" is
    # hoà; "Thô" is thô), which no decoder can tell from good text.
    rows += [("vi", "mojibake", damaged, fixed) for damaged, fixed in vni]
    return rows


def tone_cases():
    rows = []
    # Mixed styles in one document: the minority (new) style is converted to old.
    for old, new in [("hòa", "hoà"), ("Hòa", "Hoà"), ("khỏe", "khoẻ"), ("thủy", "thuỷ"), ("Thủy", "Thuỷ"), ("Ủy", "Uỷ"),
                     ("Hóa", "Hoá"), ("tòa", "toà"), ("xóa", "xoá"), ("tùy", "tuỳ"), ("lòe", "loè"), ("họa", "hoạ"),
                     ("khóa", "khoá"), ("lũy", "luỹ"), ("Thúy", "Thuý")]:
        rows.append(("vi", "mixed-tone-style", f"{old} và {new}", f"{old} và {old}"))
    for wrong, right in [("Trừơng", "Trường"), ("lựơng", "lượng"), ("Qúy", "Quý"), ("gìa", "già"), ("hòan", "hoàn"),
                         ("Nguỹên", "Nguyễn"), ("baỏ", "bảo"), ("laị", "lại"), ("chaỵ", "chạy"), ("vâỵ", "vậy"),
                         ("ngươì", "người"), ("tóan", "toán"), ("Hùynh", "Huỳnh"), ("qủa", "quả"), ("ngòai", "ngoài")]:
        rows.append(("vi", "misplaced-tone-mark", f"ông {wrong} nói", f"ông {right} nói"))
    return rows


def lookalike_cases():
    rows = []
    for word in ["Đà Nẵng", "Đỗ Mười", "Đặng Văn", "Đinh La Thăng", "Đồng Nai", "Đức", "Điện Biên", "Đông Anh"]:
        rows.append(("vi", "lookalike-letter", word.replace("Đ", "\u00d0"), word))
    for word in ["đường", "đất", "đi", "được"]:
        rows.append(("vi", "lookalike-letter", "con " + word.replace("đ", "\u00f0"), "con " + word))
    rows.append(("vi", "lookalike-letter", "\u0189ặng Thái Sơn", "Đặng Thái Sơn"))
    rows.append(("vi", "lookalike-letter", "D\u0336ỗ Văn", "Đỗ Văn"))
    for word in ["Năng", "Thăng", "Bắc"]:
        rows.append(("vi", "lookalike-letter", word.replace("ă", "\u01ce").replace("ắ", "\u01ce\u0301"), word))
    cyrillic = str.maketrans({"e": "е", "o": "о", "a": "а", "c": "с", "p": "р", "H": "Н", "T": "Т"})
    for word in ["Nguyen", "Moscow", "Hanoi", "Tokyo", "Paris", "Tehran", "Canberra", "Hope", "Tao", "Cape"]:
        damaged = word[0] + word[1:].translate(cyrillic) if word[1:].translate(cyrillic) != word[1:] else word.translate(cyrillic)
        rows.append(("en", "mixed-script", f"in {damaged} today", f"in {word} today"))
    return rows


def unicode_cases():
    rows = []
    for word in ["Nguyễn", "Việt", "Tiến", "Kiệt", "Nhất", "Thắng", "Lẫm", "Hồng", "Quyết", "Điển"]:
        decomposed = unicodedata.normalize("NFD", word)
        # Put the tone mark before the letter's own mark: NFC cannot repair this order.
        chars = list(decomposed)
        for i in range(len(chars) - 1):
            if chars[i] in "\u0302\u0306\u031b" and chars[i + 1] in "\u0300\u0301\u0303\u0309":
                chars[i], chars[i + 1] = chars[i + 1], chars[i]
                break
        else:
            continue
        rows.append(("vi", "broken-diacritic", "ông " + "".join(chars), "ông " + word))
    for damaged, fixed in [("Chi´nh phủ", "Chính phủ"), ("Haˋ Nội", "Hà Nội"), ("Nguyê˜n", "Nguyễn"), ("Quô´c hội", "Quốc hội"),
                           ("tiê´ng Anh", "tiếng Anh"), ("ca´c ngành", "các ngành"), ("ngươˋi", "người"), ("bo´ng đá", "bóng đá"),
                           ("Lâm Đôˋng", "Lâm Đồng"), ("Hươˋng", "Hường")]:
        rows.append(("vi", "broken-diacritic", damaged, fixed))
    return rows


def syllable_cases():
    rows = []
    for wrong, right in [("nghành", "ngành"), ("kủa", "của"), ("kông", "công"), ("ngiêng", "nghiêng"), ("ghà", "gà"),
                         ("gế", "ghế"), ("cẹo", "kẹo"), ("ngĩ", "nghĩ"), ("ngệ", "nghệ"), ("kàng", "càng")]:
        rows.append(("vi", "invalid-syllable", f"các {wrong} ở đây", f"các {right or wrong} ở đây"))
    for wrong in ["Viềt", "Bằc", "mươ", "ngườí", "địng", "đuợc", "liêt", "tiê", "củả", "huớng"]:
        rows.append(("vi", "invalid-syllable", f"người dân {wrong} và của họ", f"người dân {wrong} và của họ"))
    return rows


def i_y_cases():
    rows = []
    for kept, other, context in [("kỹ", "kĩ", "thuật"), ("lý", "lí", "do"), ("quý", "quí", "vị"), ("Mỹ", None, None),
                                 ("kỳ", "kì", "họp"), ("kỷ", "kỉ", "niệm"), ("sỹ", "sĩ", "quan"), ("tỷ", "tỉ", "lệ"),
                                 ("lý", "lí", "luận"), ("kỹ", "kĩ", "năng")]:
        if other is None:
            continue
        text = f"{kept} {context}, {kept} {context} và {other} {context} của họ"
        rows.append(("vi", "mixed-i-y-spelling", text, text.replace(f"{other} ", f"{kept} ")))
    return rows


def name_cases():
    rows = []
    for accented in ["Bùi Thanh Sơn", "Phạm Minh Chính", "Nguyễn Phú Trọng", "Võ Văn Thưởng", "Tô Lâm", "Hà Nội", "Đà Nẵng",
                     "Cần Thơ", "Hải Phòng", "Thừa Thiên Huế", "Đắk Lắk", "Lạng Sơn", "Bà Rịa Vũng Tàu", "Nguyễn Văn Nên",
                     "Trần Lưu Quang", "Bùi Thanh Son", "Pham Minh Chính", "Đa Nang", "Lê Minh Khái", "Vương Đình Huệ"]:
        bare = "".join(c for c in unicodedata.normalize("NFD", accented) if not unicodedata.combining(c))
        bare = bare.replace("Đ", "D").replace("đ", "d")
        rows.append(("en", "accented-name-in-english", f"Minister {accented} said on Monday.", f"Minister {bare} said on Monday."))
    for full, other in [("Bùi Thanh Sơn", "Bui Thanh Son"), ("Bùi Thanh Sơn", "Bùi Thanh Son"), ("Phạm Minh Chính", "Pham Minh Chinh"),
                        ("Nguyễn Văn Nên", "Nguyễn Van Nen"), ("Đà Nẵng", "Da Nang"), ("Hà Nội", "Ha Noi"),
                        ("Trần Lưu Quang", "Tran Luu Quang"), ("Lạng Sơn", "Lang Son"), ("Cần Thơ", "Can Tho"), ("Hải Phòng", "Hai Phong")]:
        text = f"Ông đến {full} hôm qua, sau đó {other} đã có mặt."
        rows.append(("vi", "mixed-name-forms", text, text.replace(other, full)))
    return rows


CLEAN = [
    ("vi", "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã điện đàm với Bộ trưởng Ngoại giao Nga Sergey Lavrov."),
    ("vi", "Hai bên nhất trí tiếp tục phối hợp chặt chẽ để bảo đảm an toàn cho cộng đồng người Việt Nam."),
    ("vi", "Thủ tướng Phạm Minh Chính làm việc với tỉnh Khánh Hòa và tỉnh Thanh Hóa."),
    ("vi", "Tỉnh Đắk Lắk, huyện Krông Búk và huyện M'Drắk có mưa lớn."),
    ("vi", "Hòa bình, hợp tác và phát triển là xu thế chủ đạo."),
    ("vi", "Người dân thành phố Hồ Chí Minh đón Tết Nguyên đán."),
    ("vi", "Quốc hội thông qua luật sửa đổi, bổ sung một số điều."),
    ("vi", "Giá xăng dầu trong nước giảm nhẹ từ 15 giờ chiều nay."),
    ("vi", "Đội tuyển bóng đá quốc gia thắng 2-0 trước Thái Lan."),
    ("vi", "Nghệ An, Hà Tĩnh và Quảng Bình chuẩn bị ứng phó bão số 3."),
    ("vi", "Anh ấy gửi email cho công ty Google và Microsoft."),
    ("vi", "Khuya rồi, thuở ấy ngoài trời mưa, gió xoáy và khuỷu tay đau."),
    ("vi", "Quyết tâm giữ giếng nước sạch cho người già ở quê."),
    ("vi", "Chủ tịch nước Võ Văn Thưởng tiếp Đại sứ Nhật Bản."),
    ("vi", "Ngân hàng Vietcombank và BIDV tăng lãi suất tiết kiệm."),
    ("vi", "Cần Thơ, Sóc Trăng, Bạc Liêu và Cà Mau thuộc đồng bằng sông Cửu Long."),
    ("vi", "Ông Hồ Đức Phớc là Phó Thủ tướng."),
    ("vi", "Trường Sa và Hoàng Sa là của Việt Nam."),
    ("vi", "Kỹ thuật và kĩ năng đều cần thiết."),
    ("vi", "Xe buýt số 32 chạy từ Nhổn đến Giáp Bát."),
    ("en", "Minister of Foreign Affairs Bui Thanh Son and Sergey Lavrov discussed Ukraine."),
    ("en", "Hanoi (VNA) – Prime Minister Pham Minh Chinh met investors in Ho Chi Minh City."),
    ("en", "José Mourinho, Zoé Kravitz and Hélène Grimaud were in São Paulo."),
    ("en", "Guðrún Eva Mínervudóttir and Sigurður Ingi Jóhannsson met in Reykjavík."),
    ("en", "Þórður and Ásgeir visited Akureyri and the fjörður."),
    ("en", "Recep Tayyip Erdoğan and Kılıçdaroğlu spoke in Ankara."),
    ("en", "The café in Zürich serves crème brûlée and a piña colada."),
    ("en", "Björk, Mötley Crüe and Motörhead played in Göteborg."),
    ("en", "Antonín Dvořák and Leoš Janáček were Czech composers."),
    ("en", "Lech Wałęsa and Andrzej Duda met in Gdańsk and Łódź."),
    ("en", "The naïve résumé cost £5, or €6, at 10°C."),
    ("en", "Straße, Ελλάδα and Москва are written in their own scripts."),
    ("en", "He said “it’s fine” — and left… quietly."),
    ("en", "Señor Muñoz from Logroño and Peña Nieto."),
    ("en", "A bowl of pho in Hanoi costs 40,000 dong."),
    ("en", "Vietnam’s GDP grew 7.09% in 2024, the GSO said."),
    ("en", "Mía and Sofía met Raúl and Inés in Málaga."),
    ("en", "Pelé, Thérèse and Renée visited Besançon."),
    ("en", "The ASEAN summit in Vientiane ended on Friday./."),
    ("en", "Nguyen Tung Lam, Sadykov Timur Sirozhevich and Nguyen Van Nen attended."),
    ("en", "Đêm nhạc – an evening of Vietnamese music – was sold out."),
    ("en", "Lars Løkke Rasmussen and Søren Kierkegaard came from Århus."),
    ("en", "Ægir and Æsir appear in the Edda; so does Óðinn."),
    ("en", "The x-ray showed α-particles and β-decay."),
    ("en", "Gaza, Khan Younis and Rafah; al-Sisi and bin Salman."),
]


def main():
    rows = legacy_cases() + tone_cases() + lookalike_cases() + unicode_cases() + syllable_cases() + i_y_cases() + name_cases()
    rows += [(language, "-", text, text) for language, text in CLEAN]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("# language\trule\tinput\texpected after fix (safe fixes); generated by Fixtures/scripts/vietnamese_cases.py\n")
        for row in rows:
            assert all("\t" not in cell and "\n" not in cell for cell in row), row
            f.write("\t".join(row) + "\n")
    print(f"{os.path.relpath(OUT)}: {len(rows)} cases, {len(CLEAN)} clean")


if __name__ == "__main__":
    main()

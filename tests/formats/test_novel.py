"""Reading novels: encodings, chapter headings, EPUB spine order, splitting, bad files."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from ebooklib import epub
from hypothesis import given, settings
from hypothesis import strategies as st

from microdrama.errors import InputError
from microdrama.formats.decoding import decode_text, detect_language
from microdrama.formats.epub import html_to_text
from microdrama.formats.novel import chapter, chapter_index, read_chapters, read_novel
from tests.docx import write_docx

ZH_NOVEL = """斗气大陆
作者：天蚕

目录
第一章 陨落的天才
第二章 斗之气三段

楔子
　　很久以前，大陆上有一位药老。

第一卷 风起
第一章 陨落的天才
　　“斗之力，三段！”望着测验魔石碑上的五个大字，少年面无表情。
　　他叫萧炎，曾是家族百年不遇的天才。

第二章 斗之气三段
　　第三回合，他出拳。
　　萧薰儿站在人群后面，笑了。

第 3 章　退婚
　　纳兰嫣然来到萧家，当众提出退婚。

尾声
　　三年之约，开始了。
"""

BIG5_NOVEL = """第一回 風雪山神廟
　　林沖在草料場看守，大雪下了一夜，山神廟裡燈火搖晃。
　　他聽見門外有人說話，便握緊了花槍。

第二回 雪夜上梁山
　　林沖殺了仇人，冒著大雪投奔梁山泊。
"""

EN_NOVEL = """The Lighthouse Keeper
by A. Writer

PROLOGUE
The storm came in the night.

CHAPTER I.
It was a dark night, and Mara was alone with the lamp.

Part of me wanted to stay, she thought.

CHAPTER II
The boat did not come.

Chapter Three: The Letter
A letter arrived from the mainland.

Chapter twenty-one
Years passed.

Epilogue
The lamp still burns.
"""


def write(tmp_path: Path, name: str, text: str, encoding: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_gbk_chinese_novel_is_split_at_its_headings(tmp_path: Path) -> None:
    path = write(tmp_path, "斗破.txt", ZH_NOVEL, "gbk")
    chapters = list(read_chapters(path))
    assert [(c.number, c.title) for c in chapters] == [
        (1, "楔子"),
        (2, "第一卷 风起 第一章 陨落的天才"),  # the volume heading prefixes its first chapter
        (3, "第二章 斗之气三段"),  # "第三回合，…" in the text is prose, not a heading
        (4, "第 3 章 退婚"),
        (5, "尾声"),
    ]
    assert chapters[1].text == ("“斗之力，三段！”望着测验魔石碑上的五个大字，少年面无表情。\n"
                                "他叫萧炎，曾是家族百年不遇的天才。")
    assert chapters[2].text.startswith("第三回合，他出拳。")
    decoded = read_novel(path).text
    # Offsets point at each chapter's heading (not at a table-of-contents entry).
    assert [c.start_offset for c in chapters] == [
        decoded.index("楔子"), decoded.index("第一章 陨落", decoded.index("第一卷")),
        decoded.rindex("第二章"), decoded.index("第 3 章"), decoded.index("尾声")]
    assert read_novel(path).language == "zh" and read_novel(path).title == "斗破"


def test_a_word_manuscript_reads_as_its_text_does(tmp_path: Path) -> None:
    """A .docx (Word, WPS) gives the chapters its paragraphs give as plain text."""
    text = write(tmp_path, "斗破.txt", ZH_NOVEL, "utf-8")
    docx = tmp_path / "斗破.docx"
    write_docx(docx, ZH_NOVEL.split("\n"))
    assert [(c.number, c.title, c.text) for c in read_chapters(docx)] == [
        (c.number, c.title, c.text) for c in read_chapters(text)]
    assert read_novel(docx).title == "斗破" and read_novel(docx).language == "zh"


def test_web_novel_volumes_and_numbered_extras_are_headings(tmp_path: Path) -> None:
    # Web serials (起点, 晋江 exports) write volumes as 卷一 and extras as 番外一; read as
    # text, the volume heading fell into the chapter before and every extra into the
    # last chapter.
    text = ("卷一 风起\n第一章 归来\n　　她回到岛上，卷起袖子。\n\n卷二　潮落\n第二章 灯\n"
            "　　灯塔黑了十年。\n\n番外一 多年以后\n　　他们老了。\n\n番外二：灯\n"
            "　　灯又亮了。\n")
    path = write(tmp_path, "serial.txt", text, "gb18030")
    chapters = list(read_chapters(path))
    assert [(c.title, c.text) for c in chapters] == [
        ("卷一 风起 第一章 归来", "她回到岛上，卷起袖子。"),
        ("卷二 潮落 第二章 灯", "灯塔黑了十年。"),
        ("番外一 多年以后", "他们老了。"),
        ("番外二：灯", "灯又亮了。"),
    ]


def test_an_english_novel_with_roman_and_spelled_out_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "keeper.txt", EN_NOVEL, "utf-8")
    chapters = list(read_chapters(path))
    assert [c.title for c in chapters] == [
        "PROLOGUE", "CHAPTER I.", "CHAPTER II", "Chapter Three: The Letter",
        "Chapter twenty-one", "Epilogue",
    ]
    assert chapters[1].text == ("It was a dark night, and Mara was alone with the lamp.\n"
                                "Part of me wanted to stay, she thought.")
    assert detect_language(read_novel(path).text) == "en"


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8-sig", EN_NOVEL), ("utf-16", EN_NOVEL), ("utf-16-le", ZH_NOVEL), ("gb18030", ZH_NOVEL),
    ("big5", BIG5_NOVEL), ("utf-16", BIG5_NOVEL),
])
def test_common_encodings_decode_to_the_same_chapters(tmp_path: Path, encoding: str, text: str) -> None:
    reference = write(tmp_path, "reference.txt", text, "utf-8")
    path = write(tmp_path, f"novel-{encoding}.txt", text, encoding)
    assert ([(c.title, c.text) for c in read_chapters(path)]
            == [(c.title, c.text) for c in read_chapters(reference)])


def test_windows_newlines_are_normalised(tmp_path: Path) -> None:
    path = write(tmp_path, "crlf.txt", EN_NOVEL.replace("\n", "\r\n"), "utf-8")
    assert [c.title for c in read_chapters(path)][:2] == ["PROLOGUE", "CHAPTER I."]
    assert "\r" not in read_novel(path).text


def build_epub(path: Path, documents: list[tuple[str, str]], *, title: str = "The Glass Tower") -> Path:
    book = epub.EpubBook()
    book.set_identifier("test-book")
    book.set_title(title)
    book.set_language("en")
    items = []
    for index, (name, body) in enumerate(documents):
        item = epub.EpubHtml(title=name, file_name=f"doc{index}.xhtml", lang="en")
        item.content = f"<html><head><title>{name}</title><style>p {{color: red}}</style></head><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)
    return path


def test_an_epub_reads_in_spine_order_with_documents_as_chapters(tmp_path: Path) -> None:
    path = build_epub(tmp_path / "tower.epub", [
        ("Cover", "<p>Tower</p>"),  # too little text: a cover, skipped
        ("The Storm", "<h1>The Storm</h1><p>Rain hit the &amp; glass.</p><p>Ava waited.</p>"
                      "<script>var x = 'not text';</script>"),
        ("Two chapters", "<h2>Chapter 3</h2><p>Leo lied to her.</p><h2>Chapter 4</h2>"
                         "<p>She found the letter<br/>under the door.</p>"),
        ("Ending", "<div><p>The tower fell, and Ava walked away into the morning light.</p></div>"),
    ])
    chapters = list(read_chapters(path))
    assert [c.title for c in chapters] == ["The Storm", "Chapter 3", "Chapter 4", "Ending"]
    assert chapters[0].text == "Rain hit the & glass.\nAva waited."  # heading not repeated
    assert chapters[2].text == "She found the letter\nunder the door."
    assert "not text" not in read_novel(path).text and "color" not in read_novel(path).text
    assert read_novel(path).title == "The Glass Tower"


def test_html_to_text_keeps_paragraphs_and_finds_the_heading() -> None:
    text, title = html_to_text("<body><h1>  A  <i>Title</i></h1><p>one\n two</p><p>three</p></body>")
    assert text == "A Title\none two\nthree" and title == "A Title"


def test_text_without_headings_is_cut_into_sections_at_paragraphs(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph {i}: " + "the sea rolled on " * (5 + i % 7) for i in range(60)]
    path = write(tmp_path, "plain.txt", "\n\n".join(paragraphs), "utf-8")
    sections = list(read_chapters(path, max_chars=1000))
    assert len(sections) >= 5
    assert [s.title for s in sections] == [f"Section {n}" for n in range(1, len(sections) + 1)]
    assert all(len(s.text) <= 1000 for s in sections)
    assert [p for s in sections for p in s.text.split("\n")] == [p.strip() for p in paragraphs]
    zh = write(tmp_path, "无题.txt", "\n".join("海浪一遍又一遍地拍打着礁石。" * 5 for _ in range(40)), "utf-8")
    assert next(read_chapters(zh, max_chars=1000)).title == "第1段"


def test_an_overlong_chapter_is_split_into_parts_at_paragraph_boundaries(tmp_path: Path) -> None:
    body = "\n".join(f"Line {i} of the long chapter, where much happens." for i in range(200))
    text = f"Chapter 1\nShort.\n\nChapter 2: The Long One\n{body}\n\nChapter 3\nAfter.\n"
    path = write(tmp_path, "long.txt", text, "utf-8")
    chapters = list(read_chapters(path, max_chars=2000))
    parts = [c for c in chapters if c.title.startswith("Chapter 2")]
    count = len(parts)
    assert count >= 5 and [c.title for c in parts] == [
        f"Chapter 2: The Long One ({i}/{count})" for i in range(1, count + 1)]
    assert all(len(p.text) <= 2000 for p in parts)
    assert "\n".join(p.text for p in parts) == body  # nothing lost, no paragraph cut
    assert [c.number for c in chapters] == list(range(1, len(chapters) + 1))
    assert chapters[-1].title == "Chapter 3"
    index = chapter_index(path, max_chars=2000)
    assert [(i.number, i.title, i.chars) for i in index] == [
        (c.number, c.title, len(c.text)) for c in chapters]
    assert chapter(path, 4, max_chars=2000) == chapters[3]


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends(tmp_path: Path) -> None:
    paragraph = "他握紧了拳头。" * 400  # one 2800-character paragraph
    path = write(tmp_path, "一段.txt", f"第一章 长夜\n{paragraph}\n", "utf-8")
    parts = list(read_chapters(path, max_chars=1000))
    assert len(parts) == 3 and all(len(p.text) <= 1000 for p in parts)
    assert all(p.text.endswith("。") for p in parts)
    assert "".join(p.text for p in parts) == paragraph


@settings(max_examples=60, deadline=None)
@given(lengths=st.lists(st.integers(min_value=1, max_value=900), min_size=1, max_size=40),
       limit=st.integers(min_value=100, max_value=3000))
def test_parts_never_exceed_the_limit_and_lose_nothing(tmp_path_factory: pytest.TempPathFactory,
                                                       lengths: list[int], limit: int) -> None:
    rng = random.Random(sum(lengths) + limit)
    paragraphs = ["".join(rng.choice("abcdefg hij. ") for _ in range(n)).strip() or "x"
                  for n in lengths]
    path = tmp_path_factory.mktemp("prop") / "p.txt"
    path.write_text("Chapter 1\n" + "\n".join(paragraphs) + "\n", "utf-8")
    parts = list(read_chapters(path, max_chars=limit))
    assert all(0 < len(p.text) <= limit for p in parts)
    squeeze = "".join(p.text for p in parts).replace("\n", "").replace(" ", "")
    assert squeeze == "".join(paragraphs).replace(" ", "")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("missing.txt", None, "does not exist"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n \n\t\n", "no text"),
    ("novel.pdf", b"%PDF-1.4 something", ".pdf"),
    ("noise.txt", random.Random(7).randbytes(4000), "UTF-8"),
    ("broken.epub", b"this is not a zip file", "EPUB"),
    ("broken.docx", b"this is not a zip file", "Word"),
])
def test_bad_files_name_the_file_and_the_fix(tmp_path: Path, name: str, content: bytes | None,
                                             words: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_chapters(path))
    message = str(caught.value)
    assert name in message and words in message and "Fix:" in message


def test_an_epub_without_text_is_an_input_error(tmp_path: Path) -> None:
    path = build_epub(tmp_path / "empty.epub", [("Cover", "<img src='x.png'/>"), ("Blank", "<p> </p>")])
    with pytest.raises(InputError) as caught:
        chapter_index(path)
    assert "empty.epub" in str(caught.value) and "no text" in str(caught.value)


def test_decode_text_rejects_a_broken_bom(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        decode_text(b"\xef\xbb\xbfabc\xff\xfe\xfd", tmp_path / "x.txt")
    assert "UTF-8" in str(caught.value) and "x.txt" in str(caught.value)

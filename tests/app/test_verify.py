"""Labels on every output, C2PA Content Credentials and ``microdrama verify``, on a real
built project (real ffmpeg, real files): every deliverable kind passes; a label stripped,
doubled or corrupted fails; the signed episode validates with c2pa-python's reader and
tampering with it after signing is detected."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from microdrama.app import VerifyRequest, verify_files
from microdrama.cli import main
from microdrama.domain.settings import SigningSettings
from microdrama.engine.provenance import signing
from microdrama.errors import InputError
from microdrama.media import aigc, aigc_text
from microdrama.media.credentials import read
from tests.conftest import EPISODE_ZH, copy_project, isolated_config, project_template

c2pa = pytest.importorskip("c2pa")
x509 = pytest.importorskip("cryptography.x509")


def make_chain(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and an ES256 signing certificate it issued (digitalSignature,
    emailProtection EKU: what C2PA accepts). Returns (chain PEM, key PEM, CA PEM)."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, "microdrama tests")])

    def usage(*, sign: bool) -> x509.KeyUsage:
        return x509.KeyUsage(digital_signature=sign, content_commitment=False,
                             key_encipherment=False, data_encipherment=False,
                             key_agreement=False, key_cert_sign=not sign, crl_sign=not sign,
                             encipher_only=False, decipher_only=False)

    now = datetime.datetime.now(datetime.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("Test Root")).issuer_name(name("Test Root"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(days=1))
          .not_valid_after(now + datetime.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(usage(sign=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder().subject_name(name("Test Signer")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage(sign=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    pem = serialization.Encoding.PEM
    chain, private, root = folder / "chain.pem", folder / "key.pem", folder / "ca.pem"
    chain.write_bytes(leaf.public_bytes(pem) + ca.public_bytes(pem))
    private.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    root.write_bytes(ca.public_bytes(pem))
    return chain, private, root


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A built 30-s zh episode signed with a test chain kept outside the project.
    Returns (project, CA PEM)."""
    keys = tmp_path_factory.mktemp("keys")
    chain, private, root = make_chain(keys)
    # The session's built zh episode, signed: only the episode stage runs again.
    project = copy_project(project_template(tmp_path_factory, EPISODE_ZH, []),
                           tmp_path_factory.mktemp("signed") / "drama")
    with (project / "drama.toml").open("a", encoding="utf-8") as toml:
        toml.write(f'\n[signing]\ncertificate = "{chain}"\nkey = "{private}"\n')
    with isolated_config(tmp_path_factory.mktemp("home")):
        assert main(["build", str(project)]) == 0
    assert not list(project.rglob("key.pem"))  # the key is never copied into the project
    return project, root


KINDS = {".mp4": "video", ".m4a": "audio", ".wav": "audio", ".png": "image", ".jpg": "image",
         ".srt": "subtitles", ".vtt": "subtitles", ".ass": "subtitles", ".ttml": "subtitles"}


def test_every_deliverable_kind_verifies(signed: tuple[Path, Path],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    project, _root = signed
    work = project / ".microdrama/work"
    paths = [project / "out", work / "mix", work / "voice", work / "music"]
    result = verify_files(VerifyRequest(paths=paths))
    assert result.ok, [(f.path, f.checks) for f in result.files if not f.ok]
    kinds = {KINDS[f.path.suffix] for f in result.files}
    assert kinds == {"video", "audio", "image", "subtitles"}
    episode = next(f for f in result.files if f.path.name == "ep001.mp4")
    assert {c.name: c.status for c in episode.checks} == {
        "visible": "ok", "audio": "absent", "aigc": "ok", "c2pa": "ok"}  # audio: optional
    # The CLI: exit 0, one verdict per file, and JSON for pipelines.
    assert main(["verify", "--json", *map(str, paths)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and len(report["files"]) == len(result.files)


def test_the_manifest_validates_with_c2pa_and_names_the_models(
        signed: tuple[Path, Path]) -> None:
    project, root = signed
    video = project / "out/zh/ep001.mp4"
    reader = c2pa.Reader(str(video))
    assert reader.get_validation_state() == "Valid"  # untrusted signer, intact file
    manifest = reader.get_active_manifest()
    assert manifest["claim_generator_info"][0]["name"] == "microdrama"
    actions = next(a for a in manifest["assertions"] if a["label"].startswith("c2pa.actions"))
    action = actions["data"]["actions"][0]
    assert action["action"] == "c2pa.created"
    assert action["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert "panel=offline" in action["parameters"]["models"]
    assert read(video, trust_anchors=root.read_bytes()).state == "Trusted"
    # Signing came last: the AIGC label is still the one the mux wrote.
    assert len(aigc.read_mp4(video.read_bytes())) == 1


def test_tampering_after_signing_is_detected(signed: tuple[Path, Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    project, _root = signed
    video = tmp_path / "ep001.mp4"
    data = bytearray((project / "out/zh/ep001.mp4").read_bytes())
    data[data.index(b"mdat") + 20_000] ^= 0xFF
    video.write_bytes(bytes(data))
    assert c2pa.Reader(str(video)).get_validation_state() == "Invalid"
    assert main(["verify", str(video)]) == 1
    assert "c2pa: invalid" in capsys.readouterr().out
    # Relabelling after signing (a remux, a metadata edit) breaks the hash just the same.
    video.write_bytes(aigc.write_mp4((project / "out/zh/ep001.mp4").read_bytes(),
                                     aigc.read_mp4(bytes(data))[0].replace("ep001", "ep009")))
    assert main(["verify", str(video)]) == 1


def _strip(kind: str, data: bytes) -> bytes:
    if kind == "wav":
        chunks = aigc._riff_chunks(data)
        body = b"".join(data[s:e] for cid, s, e in chunks if cid != b"AIGC")
        return b"RIFF" + (len(body) + 4).to_bytes(4, "little") + b"WAVE" + body
    if kind == "srt":
        return "\n\n".join(b for b in aigc_text.subtitle_blocks(data.decode())
                           if aigc_text.cue_text(b) != "AI生成").encode()
    if kind in ("vtt", "ass"):
        field = b"NOTE AIGC " if kind == "vtt" else b"AIGC: "
        lines = data.split(b"\n")
        return b"\n".join(line for line in lines if not line.startswith(field))
    raise AssertionError(kind)


@pytest.mark.parametrize("target", ["out/zh/ep001.srt", "out/zh/ep001.vtt", "out/zh/ep001.ass",
                                    "out/zh/ep001.cover.jpg", "out/zh/ep001.contact.png",
                                    "out/zh/ep001.mp4", ".microdrama/work/mix/ep001.m4a",
                                    "music"])
@pytest.mark.parametrize("damage", ["stripped", "doubled", "corrupted"])
def test_a_stripped_doubled_or_corrupted_label_fails(
        signed: tuple[Path, Path], tmp_path: Path, target: str, damage: str) -> None:
    project, _root = signed
    source = (next((project / ".microdrama/work/music").rglob("*.wav")) if target == "music"
              else project / target)
    path = tmp_path / source.name
    data = source.read_bytes()
    kind = aigc.kind_of(source)
    assert kind is not None
    if damage == "stripped":
        data = _strip(kind, data) if kind in ("wav", "srt", "vtt", "ass") else (
            data.replace(b"TC260:AIGC=", b"TC260:XXXX=") if kind in ("png", "jpeg")
            else data.replace(b"mdtaAIGC", b"mdtaXXXX"))
    elif damage == "doubled":
        if kind == "srt":
            text = data.decode()
            data = (text + "\n99\n00:00:05,000 --> 00:00:06,000\nAI生成\n").encode()
        elif kind == "vtt":
            note = next(b for b in aigc_text.subtitle_blocks(data.decode()) if b.startswith("NOTE AIGC"))
            data = (data.decode() + "\n" + note + "\n").encode()
        elif kind == "ass":
            line = next(x for x in data.decode().split("\n") if x.startswith("AIGC:"))
            data = data.replace(b"[Script Info]\n", f"[Script Info]\n{line}\n".encode(), 1)
        elif kind == "wav":
            chunk = data[data.index(b"AIGC"):]
            data += chunk
            data = data[:4] + (len(data) - 8).to_bytes(4, "little") + data[8:]
        elif kind == "mp4":
            value = aigc.read_mp4(data)[0]
            data = _add_second_mp4_item(data, value)
        else:  # a second XMP chunk/segment, as an appending writer leaves
            at = (data.index(b"iTXtXML:com.adobe.xmp") - 4 if kind == "png"
                  else data.index(b"http://ns.adobe.com/xap/1.0/") - 4)  # FF E1, length
            size = (int.from_bytes(data[at:at + 4], "big") + 12 if kind == "png"
                    else int.from_bytes(data[at + 2:at + 4], "big") + 2)
            data = data[:at + size] + data[at:at + size] + data[at + size:]
    else:  # corrupted: a Label value the rules do not know
        data = data.replace(b'"Label":"1"', b'"Label":"7"')
        if kind == "srt":
            data = data.replace("AI生成".encode(), "A1生成".encode())
    path.write_bytes(data)
    report = verify_files(VerifyRequest(paths=[path])).files[0]
    assert not report.ok, report.checks
    expected = {"stripped": {"missing"}, "doubled": {"doubled"},
                "corrupted": {"malformed", "missing"}}[damage]
    statuses = {c.status for c in report.checks if not c.passed}
    assert statuses & expected, report.checks


def _add_second_mp4_item(data: bytes, value: str) -> bytes:
    """The MP4 with a second AIGC key and item in its mdta meta (what an appending writer
    leaves), built by hand."""
    labelled = aigc.write_mp4(data, value)
    items = [("AIGC", aigc._text_item(value)), ("AIGC", aigc._text_item(value))]
    top = aigc.mp4_boxes(labelled, 0, len(labelled))
    _kind, start, payload, end = next(b for b in top if b[0] == b"moov")
    children = aigc.mp4_boxes(labelled, payload, end)
    parts = [labelled[s:e] for k, s, _p, e in children if k != b"udta"]
    moov = aigc._box(b"moov", b"".join(parts) + aigc._box(b"udta", aigc._mdta_meta(items)))
    out = bytearray(moov)
    delta = len(moov) - (end - start)
    if any(k == b"mdat" and s > start for k, s, *_ in top):
        aigc._shift_offsets(out, end, delta)
    return labelled[:start] + bytes(out) + labelled[end:]


def test_verify_exits_1_on_an_unlabelled_file_and_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain.srt"
    plain.write_text("1\n00:00:00,000 --> 00:00:01,000\nhello\n", encoding="utf-8")
    assert main(["verify", str(plain), str(tmp_path / "missing.wav")]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "mark: missing" in out and "no such file" in out


def test_a_private_key_inside_the_project_is_refused(tmp_path: Path) -> None:
    (tmp_path / "keys").mkdir()
    for name in ("chain.pem", "key.pem"):
        (tmp_path / "keys" / name).write_text("x", encoding="utf-8")
    ctx = SimpleNamespace(
        settings=SimpleNamespace(signing=SigningSettings(certificate="keys/chain.pem",
                                                         key="keys/key.pem")),
        project=SimpleNamespace(root=tmp_path, cache_dir=tmp_path / ".microdrama"))
    with pytest.raises(InputError, match="inside the project folder"):
        signing(ctx)  # type: ignore[arg-type]
    ctx.settings.signing = SigningSettings()
    assert signing(ctx) is None  # type: ignore[arg-type]  # no key → nothing signed
    shutil.rmtree(tmp_path / "keys")


def test_a_video_whose_opening_frames_lose_the_label_fails(
        signed: tuple[Path, Path], tmp_path: Path) -> None:
    import subprocess

    from microdrama.media.ffmpeg import ffmpeg_exe

    project, _root = signed
    source = project / "out/zh/ep001.mp4"
    covered = tmp_path / "covered.mp4"
    # The top of the frame (where the label is) painted over; the AIGC label put back.
    subprocess.run([ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(source), "-t", "3",
                    "-vf", "drawbox=x=0:y=0:w=iw:h=ih/4:color=0x808080:t=fill",
                    "-c:v", "libx264", "-preset", "ultrafast", "-an", str(covered)], check=True)
    value = aigc.read_mp4(source.read_bytes())[0]
    covered.write_bytes(aigc.write_mp4(covered.read_bytes(), value))
    report = verify_files(VerifyRequest(paths=[covered])).files[0]
    assert {c.name: c.status for c in report.checks} == {
        "visible": "missing", "aigc": "ok", "c2pa": "absent"}
    assert not report.ok

#!/usr/bin/env python3
"""Writes the compressed fixtures of tests/test_io_compressed.cpp from the
GDELT 2.0 and ICEWS excerpts in ../shared/data, with Python's gzip and
zipfile (writers people use): run it from this folder to redo them."""
import gzip, io, zipfile, pathlib

data = pathlib.Path(__file__).resolve().parents[4] / "shared" / "data"
gdelt = (data / "gdelt2_export_20240819130000_excerpt.tsv").read_bytes()
icews = (data / "icews_events.2018.sample_excerpt.tab").read_bytes()
name = "20240819130000.export.CSV"

def write(path, b):
    pathlib.Path(path).write_bytes(b)

def gz(b):
    return gzip.compress(b, mtime=0)

write("gdelt2.CSV.gz", gz(gdelt))
write("icews.tab.gz", gz(icews))
# Two members: the file cut in two at a line end, each half gzipped.
cut = gdelt.index(b"\n", len(gdelt) // 2) + 1
write("gdelt2.two-members.gz", gz(gdelt[:cut]) + gz(gdelt[cut:]))

def zipped(method, members, stream=False):
    out = io.BytesIO()
    class Pipe:  # a zip written to a pipe gets data descriptors
        def write(self, b): return out.write(b)
        def flush(self): pass
    with zipfile.ZipFile(Pipe() if stream else out, "w", method) as z:
        for n, b in members:
            info = zipfile.ZipInfo(n, date_time=(2024, 8, 19, 13, 0, 0))
            info.compress_type = method
            z.writestr(info, b)
    return out.getvalue()

write("gdelt2.export.CSV.zip", zipped(zipfile.ZIP_DEFLATED, [(name, gdelt)]))
write("gdelt2.stored.zip", zipped(zipfile.ZIP_STORED, [(name, gdelt)]))
write("gdelt2.streamed.zip", zipped(zipfile.ZIP_DEFLATED, [(name, gdelt)], stream=True))
# Two members, the first not ending its last line.
write("gdelt2.two-members.zip",
      zipped(zipfile.ZIP_DEFLATED, [("a.CSV", gdelt[:cut - 1]), ("b.CSV", gdelt[cut:])]))
whole = zipped(zipfile.ZIP_DEFLATED, [(name, gdelt)])
write("gdelt2.truncated.zip", whole[: len(whole) // 2])
corrupt = bytearray(whole)
corrupt[len(corrupt) // 3] ^= 0xFF
write("gdelt2.corrupt.zip", bytes(corrupt))
g = gz(gdelt)
write("gdelt2.truncated.gz", g[: len(g) // 2])
write("gdelt2.trailing.gz", g + b"garbage")
write("empty.zip", zipped(zipfile.ZIP_DEFLATED, []))
# As macOS's Finder zips a folder: a folder entry and a resource fork.
write("gdelt2.macos.zip", zipped(zipfile.ZIP_DEFLATED,
                                 [("export/", b""), ("export/" + name, gdelt),
                                  ("__MACOSX/export/._" + name, b"\x00\x05\x16\x07 fork")]))
# Zero bytes after the data: padding, as gzip takes it.
write("gdelt2.padded.gz", gz(gdelt) + bytes(512))
bz = zipfile.ZipFile
write("gdelt2.bzip2.zip", zipped(zipfile.ZIP_BZIP2, [(name, gdelt)]))

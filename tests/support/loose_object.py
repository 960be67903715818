#!/usr/bin/env python3
"""Writes a loose object whose header may lie about its size.

    loose_object.py OBJECTS_DIR TYPE DECLARED_SIZE BODY_BYTES

Writes "TYPE DECLARED_SIZE\\0" and BODY_BYTES zero bytes as one zlib stream
into OBJECTS_DIR/xx/yyyy..., named by the SHA-1 of what it holds, as git
names a loose object. Zeros compress about a thousandfold, so a header of
a gigabyte costs a file of about a megabyte. Prints the object id.
"""
import hashlib
import os
import sys
import zlib

objects, kind, declared, body = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
header = b"%s %d\0" % (kind.encode(), declared)
digest = hashlib.sha1(header)
packer = zlib.compressobj(9)
data = [packer.compress(header)]
chunk = bytes(1 << 20)
left = body
while left > 0:
    piece = chunk[:min(left, len(chunk))]
    digest.update(piece)
    data.append(packer.compress(piece))
    left -= len(piece)
data.append(packer.flush())
oid = digest.hexdigest()
os.makedirs(os.path.join(objects, oid[:2]), exist_ok=True)
path = os.path.join(objects, oid[:2], oid[2:])
with open(path + ".tmp", "wb") as f:
    f.writelines(data)
os.replace(path + ".tmp", path)
print(oid)

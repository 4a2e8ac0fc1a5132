#!/usr/bin/env python3
# tools/javadoc-fix-record-constructors.py FILE...
# A mechanical first pass for doclint 'missing' (see tools/javadoc-missing.sh): a record's compact
# canonical constructor with a one-line javadoc ("/** Checks structure only. */") gets the record's
# own @param tags (doclint asks for them on an explicit canonical constructor). Prints the files
# changed; read the diff.
import re
import sys
import textwrap

for p in sys.argv[1:]:
    s=open(p).read()
    changed=False
    for m in re.finditer(r'/\*\*((?:(?!\*/).)*?)\*/\s*\n(?:\s*@\w+(?:\([^)]*\))?\s*\n)*\s*public (?:final )?record (\w+)', s, re.S):
        doc, name = m.group(1), m.group(2)
        tags=[]
        for line in doc.split('\n'):
            t=re.sub(r'^\s*\* ?','',line)
            if t.startswith('@param'):
                tags.append(t)
            elif tags and t.strip() and not t.startswith('@'):
                tags[-1]+=' '+t.strip()
            elif t.startswith('@'):
                tags.append(None)
        tags=[t for t in tags if t]
        if not tags: continue
        cm=re.search(r'\n([ \t]*)/\*\* ([^\n]*?) \*/\n([ \t]*public '+name+r' \{)', s[m.end():])
        if not cm: continue
        ind=cm.group(1)
        params=[re.sub(r'\s+',' ',t) for t in tags]
        w=max(len(t.split()[1]) for t in params)
        lines=[]
        for t in params:
            _,n,rest=(t.split(' ',2)+[''])[:3]

            head=f"{ind} * @param {n.ljust(w)} "
            wrapped=textwrap.wrap(rest, width=max(40, 110-len(head))) or ['']
            lines.append((head+wrapped[0]).rstrip())
            for cont in wrapped[1:]:
                lines.append(f"{ind} * {' '*(len('@param ')+w+1)}{cont}")
        block=f"\n{ind}/**\n{ind} * {cm.group(2)}\n{ind} *\n"+"\n".join(lines)+f"\n{ind} */\n{cm.group(3)}"
        start=m.end()+cm.start(); end=m.end()+cm.end()
        s=s[:start]+block+s[end:]
        changed=True
        break
    if changed:
        open(p,'w').write(s); print('fixed',p)

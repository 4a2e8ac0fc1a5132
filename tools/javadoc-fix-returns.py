#!/usr/bin/env python3
# tools/javadoc-fix-returns.py FILE...
# A mechanical first pass for doclint 'missing' (see tools/javadoc-missing.sh): a one-line javadoc
# "/** The thing. */" on a public or protected method with a result and no parameters becomes
# "/** {@return the thing} */" (javadoc's "Returns the thing." plus the @return). Prints the files
# changed; READ THE DIFF: a comment that is not a noun phrase ("Defaults: ...") needs rewording.
import re
import sys
import textwrap

LOWER={'The','A','An','Whether','How','What','Every','Its','When','Which','Who','This','Where','Each','All','One','Any','That','These','Those','Today','Its'}
pat=re.compile(r'^(\s*)/\*\* (.+?)\.? \*/\n(\s*)((?:public |protected )(?:static )?(?:final )?(?:<[^>]+> )?([\w.<>\[\]?, ]+?) (\w+)\(\)(?: throws [\w., ]+)? \{)', re.M)
def fix(m):
    ind, text, ind2, sig, ret, name = m.groups()
    if ret.strip()=='void' or '{@return' in text or text.startswith('Returns'):
        return m.group(0)
    first=text.split(' ',1)[0]
    if first in LOWER: text=text[0].lower()+text[1:]
    return f'{ind}/** {{@return {text}}} */\n{ind2}{sig}'
for p in sys.argv[1:]:
    s=open(p).read(); n=pat.sub(fix,s)
    if n!=s: open(p,'w').write(n); print(p, len(pat.findall(s)))

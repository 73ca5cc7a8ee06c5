// The two documents the third-party-editor tests open (test/neovim, test/editors): a cited
// resolution, and a draft citing it with a reference to a paragraph that does not exist (line 9).
export const CITED = `---
symbol: A/RES/73/27
adopted: 5 December 2018
title: Developments in the field of information and telecommunications in the context of international security
status: adopted
---

The General Assembly,

*Recalling* its resolution 53/70 of 4 December 1998,

1. *Welcomes* the work of the Group;

2. *Decides* to include the item in the provisional agenda of its seventy-fourth session.
`;

export const DRAFT = `---
symbol: A/C.1/74/L.9
---

The General Assembly,

*Recalling* its resolution 73/27 of 5 December 2018,

1. *Decides* to act, in accordance with paragraph 7 above.
`;

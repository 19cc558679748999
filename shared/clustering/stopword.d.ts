// Types for the `stopword` package (it ships none): the per-language lists we use.
declare module 'stopword' {
  type List = readonly string[];
  export const eng: List,
    spa: List,
    fra: List,
    deu: List,
    por: List,
    ita: List,
    nld: List,
    pol: List;
  export const ron: List,
    ukr: List,
    rus: List,
    ind: List,
    vie: List,
    tur: List,
    ces: List,
    swe: List;
  export const dan: List,
    fin: List,
    hun: List,
    cat: List,
    ell: List,
    bul: List,
    hrv: List,
    slk: List;
  export const slv: List,
    tgl: List,
    swa: List,
    msa: List,
    nob: List,
    lit: List,
    lav: List,
    est: List;
  export const ara: List, fas: List, hin: List, hye: List;
}

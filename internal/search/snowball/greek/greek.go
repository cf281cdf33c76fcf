//! Generated from greek.sbl by Snowball 3.1.1 - https://snowballstem.org/

package greek

import (
	snowballRuntime "github.com/wazc/site/internal/search/snowball"
)

var A_0 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "", A: -1, B: 25, F: nil},
	&snowballRuntime.Among{Str: "ς", A: 0, B: 18, F: nil},
	&snowballRuntime.Among{Str: "Ά", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "Έ", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "Ή", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "Ί", A: 0, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ϊ", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ϋ", A: 0, B: 20, F: nil},
	&snowballRuntime.Among{Str: "Ό", A: 0, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ό", A: 0, B: 15, F: nil},
	&snowballRuntime.Among{Str: "ύ", A: 0, B: 20, F: nil},
	&snowballRuntime.Among{Str: "Ύ", A: 0, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ώ", A: 0, B: 24, F: nil},
	&snowballRuntime.Among{Str: "Ώ", A: 0, B: 24, F: nil},
	&snowballRuntime.Among{Str: "ΐ", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "Α", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "Β", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "Γ", A: 0, B: 3, F: nil},
	&snowballRuntime.Among{Str: "Δ", A: 0, B: 4, F: nil},
	&snowballRuntime.Among{Str: "Ε", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "Ζ", A: 0, B: 6, F: nil},
	&snowballRuntime.Among{Str: "Η", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "Θ", A: 0, B: 8, F: nil},
	&snowballRuntime.Among{Str: "Ι", A: 0, B: 9, F: nil},
	&snowballRuntime.Among{Str: "Κ", A: 0, B: 10, F: nil},
	&snowballRuntime.Among{Str: "Λ", A: 0, B: 11, F: nil},
	&snowballRuntime.Among{Str: "Μ", A: 0, B: 12, F: nil},
	&snowballRuntime.Among{Str: "Ν", A: 0, B: 13, F: nil},
	&snowballRuntime.Among{Str: "Ξ", A: 0, B: 14, F: nil},
	&snowballRuntime.Among{Str: "Ο", A: 0, B: 15, F: nil},
	&snowballRuntime.Among{Str: "Π", A: 0, B: 16, F: nil},
	&snowballRuntime.Among{Str: "Ρ", A: 0, B: 17, F: nil},
	&snowballRuntime.Among{Str: "Σ", A: 0, B: 18, F: nil},
	&snowballRuntime.Among{Str: "Τ", A: 0, B: 19, F: nil},
	&snowballRuntime.Among{Str: "Υ", A: 0, B: 20, F: nil},
	&snowballRuntime.Among{Str: "Φ", A: 0, B: 21, F: nil},
	&snowballRuntime.Among{Str: "Χ", A: 0, B: 22, F: nil},
	&snowballRuntime.Among{Str: "Ψ", A: 0, B: 23, F: nil},
	&snowballRuntime.Among{Str: "Ω", A: 0, B: 24, F: nil},
	&snowballRuntime.Among{Str: "Ϊ", A: 0, B: 9, F: nil},
	&snowballRuntime.Among{Str: "Ϋ", A: 0, B: 20, F: nil},
	&snowballRuntime.Among{Str: "ά", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "έ", A: 0, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ή", A: 0, B: 7, F: nil},
	&snowballRuntime.Among{Str: "ί", A: 0, B: 9, F: nil},
	&snowballRuntime.Among{Str: "ΰ", A: 0, B: 20, F: nil},
}

var A_1 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "καθεστωσ", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "φωσ", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "περασ", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "τερασ", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "κρεασ", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "καθεστωτοσ", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "φωτοσ", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "περατοσ", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "τερατοσ", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "κρεατοσ", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "γεγονοτοσ", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "γεγονοσ", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "φαγιου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκαγιου", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σογιου", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "τατογιου", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ολογιου", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "καθεστωτα", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "φωτα", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "περατα", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "τερατα", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "κρεατα", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "γεγονοτα", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "φαγια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκαγια", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σογια", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "τατογια", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ολογια", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "περατη", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "καθεστωτων", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "φωτων", A: -1, B: 9, F: nil},
	&snowballRuntime.Among{Str: "περατων", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "τερατων", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "κρεατων", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "γεγονοτων", A: -1, B: 11, F: nil},
	&snowballRuntime.Among{Str: "φαγιων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκαγιων", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σογιων", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "τατογιων", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ολογιων", A: -1, B: 3, F: nil},
}

var A_2 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ιμπ", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "πρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μπρ", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αρρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γλυκυρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "πολυρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αμπαρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μαρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γκρ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "πιπερορ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "βολβορ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γλυκορ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "λου", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "πα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξαναπα", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επα", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "περιπα", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αναμπα", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εμπα", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "β", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "δανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βαθυρι", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "βαρκ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μαρκ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "λ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κορν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αθρο", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συναθρο", A: 29, B: 1, F: nil},
}

var A_3 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιζεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζεισ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζω", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζατε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζετε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζουμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζουνε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζει", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζουν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιζαν", A: -1, B: 1, F: nil},
}

var A_4 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υψ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ζω", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εν", A: -1, B: 1, F: nil},
}

var A_5 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ωθηκεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκατε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωθηκαν", A: -1, B: 1, F: nil},
}

var A_6 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "λαρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "δημοκρατ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αφ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γιγαντοαφ", A: 3, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ξαναπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "περιπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αναμπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εμπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χαρτοπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εξαρχα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επε", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μετεπε", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γε", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γκε", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσωκλε", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εκλε", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απεκλε", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποκλε", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γκ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "πουκαμ", A: 25, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κομ", A: 25, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αθρο", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συναθρο", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ολο", A: -1, B: 2, F: nil},
}

var A_7 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ισεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισατε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισαν", A: -1, B: 1, F: nil},
}

var A_8 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ξαναπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "περιπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αναμπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εμπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χαρτοπα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εξαρχα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επε", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μετεπε", A: 8, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσωκλε", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εκλε", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απεκλε", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποκλε", A: 11, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αθρο", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συναθρο", A: 17, B: 1, F: nil},
}

var A_9 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ισεισ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισω", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισετε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισουμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισουνε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισει", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισουν", A: -1, B: 1, F: nil},
}

var A_10 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ευπ", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "απ", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "εμπ", A: 0, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γυρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "χρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "χωρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αρ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αορ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "χτ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αχτ", A: 9, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κτ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ακτ", A: 11, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σχ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ασχ", A: 13, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ταχ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "υψ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ατα", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "φα", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ηφα", A: 18, B: 2, F: nil},
	&snowballRuntime.Among{Str: "λυγ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μεγ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ηδ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασε", A: 23, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσωκλε", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εχθ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "καθ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σκ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κακ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μακ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κυλ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "φιλ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "γεμ", A: 36, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αχν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "συναθρο", A: -1, B: 1, F: nil},
}

var A_11 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιστουσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστησ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστοσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστη", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστοι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιστο", A: -1, B: 1, F: nil},
}

var A_12 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μετασε", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μικροσε", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εγκλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποκλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δανε", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "αντιδανε", A: 5, B: 2, F: nil},
}

var A_13 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "τοπικ", A: -1, B: 7, F: nil},
	&snowballRuntime.Among{Str: "σκεπτικ", A: -1, B: 6, F: nil},
	&snowballRuntime.Among{Str: "γνωστικ", A: -1, B: 3, F: nil},
	&snowballRuntime.Among{Str: "αγνωστικ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εκλεκτικ", A: -1, B: 5, F: nil},
	&snowballRuntime.Among{Str: "ατομικ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "εθνικ", A: -1, B: 4, F: nil},
	&snowballRuntime.Among{Str: "θεατριν", A: -1, B: 10, F: nil},
	&snowballRuntime.Among{Str: "αλεξανδριν", A: -1, B: 8, F: nil},
	&snowballRuntime.Among{Str: "βυζαντιν", A: -1, B: 9, F: nil},
}

var A_14 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ισμουσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισμοσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισμου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισμοι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισμων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισμο", A: -1, B: 1, F: nil},
}

var A_15 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
}

var A_16 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "αρακια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουδακια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρακι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουδακι", A: -1, B: 1, F: nil},
}

var A_17 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κατραπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βρ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λαβρ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμβρ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πατερ", A: 2, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μερ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανθρ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κορ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ναγκασ", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τοσ", A: 10, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μουστ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ρυ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σφ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αλισφ", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νυφ", A: 15, B: 2, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "β", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "βαμβ", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σλοβ", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσεχοσλοβ", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καρδ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ζ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "τζ", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκ", A: 27, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καπακ", A: 27, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σοκ", A: 27, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φυλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λουλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βαλ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "μαλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γλ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "τριπολ", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "φαρμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καιμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κλιμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μακρυν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "σπαν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γιαν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "ηγουμεν", A: -1, B: 2, F: nil},
	&snowballRuntime.Among{Str: "κον", A: -1, B: 1, F: nil},
}

var A_18 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιτσασ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιτσεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιτσα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ακια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρακια", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ακι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρακι", A: 5, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιτσων", A: -1, B: 1, F: nil},
}

var A_19 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ψαλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αιφν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ολο", A: -1, B: 1, F: nil},
}

var A_20 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παιχν", A: -1, B: 1, F: nil},
}

var A_21 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιδια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιδιων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιδιο", A: -1, B: 1, F: nil},
}

var A_22 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιβ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λυκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φραγκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οβελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μην", A: -1, B: 1, F: nil},
}

var A_23 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ισκοσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισκου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισκε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ισκο", A: -1, B: 1, F: nil},
}

var A_24 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "αδεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αδων", A: -1, B: 1, F: nil},
}

var A_25 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "μπαμπ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "κυρ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "πατερ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "πεθερ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "νταντ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "γιαγι", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "θει", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "οκ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "μαμ", A: -1, B: -1, F: nil},
	&snowballRuntime.Among{Str: "μαν", A: -1, B: -1, F: nil},
}

var A_26 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "εδεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εδων", A: -1, B: 1, F: nil},
}

var A_27 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "κρασπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δαπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γηπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εμπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μιλ", A: -1, B: 1, F: nil},
}

var A_28 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουδεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουδων", A: -1, B: 1, F: nil},
}

var A_29 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λιχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τραγ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καλιακ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λουλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πεταλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλεξ", A: -1, B: 1, F: nil},
}

var A_30 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "εωσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εων", A: -1, B: 1, F: nil},
}

var A_31 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιδ", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "θ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γαλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ν", A: -1, B: 1, F: nil},
}

var A_32 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ιου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ια", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιων", A: -1, B: 1, F: nil},
}

var A_33 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ικου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ικα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ικων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ικο", A: -1, B: 1, F: nil},
}

var A_34 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "καλπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλιατσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πετσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πιτσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φυσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χασ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μποσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σερτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μπαγιατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νιτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πικαντ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εξωδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καταδ", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συναδ", A: 13, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αντιδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ενδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υποδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πρωτοδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φυλοδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανηθ", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξικ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μουλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμμοχαλ", A: 25, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συνομηλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μπολ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βρωμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσαμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μπαν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμαν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καλλιν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ποστελν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φιλον", A: -1, B: 1, F: nil},
}

var A_35 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουσαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκαμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκαμε", A: 3, B: 1, F: nil},
}

var A_36 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "αναπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πικρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποστ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ποτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σιχ", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βουβ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πεθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξεθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουλ", A: -1, B: 1, F: nil},
}

var A_37 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "τρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσ", A: -1, B: 1, F: nil},
}

var A_38 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουσανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουντανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιουντανε", A: 2, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οντανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοντανε", A: 4, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οτανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοτανε", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκανε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκανε", A: 9, B: 1, F: nil},
}

var A_39 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πολυδαπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αδαπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χαμηλοδαπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υποκοπ", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "περιτρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βετερ", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γερ", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λουθηρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κορμορ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σαρακατσ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "θυσ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βασ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πολισ", A: 15, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καστ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσαρλατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τετ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πουριτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σουλτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ζωντ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μαιντ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πενταρφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κοιλαρφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ορφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διαφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "στεφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φωτοστεφ", A: 34, B: 1, F: nil},
	&snowballRuntime.Among{Str: "περηφ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υπερηφ", A: 36, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πολυμηχ", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμηχ", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βιομηχ", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μικροβιομηχ", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μεγλοβιομηχ", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καπνοβιομηχ", A: 41, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λιχ", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ταβ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νταβ", A: 46, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ψηλοταβ", A: 46, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λιβ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κλιβ", A: 49, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξηροκλιβ", A: 50, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανοργ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ενοργ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τραγ", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσαγ", A: 55, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσιγγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ατσιγγ", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αθιγγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "στεγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απηγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σιγ", A: 52, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καλπουζ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "θ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μωαμεθ", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πιθ", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απιθ", A: 67, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βασκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βραχυκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δεκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πελεκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ικ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανικ", A: 73, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βουλκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διπλ", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ψυχοπλ", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λαοπλ", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "γαλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βαθυγαλ", A: 81, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καταγαλ", A: 81, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ολογαλ", A: 81, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καστελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πορτολ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δραδουμ", A: 88, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βραχμ", A: 88, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ολιγοδαμ", A: 88, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μουσουλμ", A: 88, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμερικαν", A: 93, B: 1, F: nil},
}

var A_40 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "πυρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ευρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χωρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βαρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αιρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φορ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νετ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συνδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ενδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υπερθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ευθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ραθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ταθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διαθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τιθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εκθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συνθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ενθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ροθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωφελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βολ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αιν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πον", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ρον", A: -1, B: 1, F: nil},
}

var A_41 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σερπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κοπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "θαρρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ντρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αβαρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εναρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αβρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μπορ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συρφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νιφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παγ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αδ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "θ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αθ", A: 14, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τοκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παρακαλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εμ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βεν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βαρον", A: -1, B: 1, F: nil},
}

var A_42 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ωντασ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οντασ", A: -1, B: 1, F: nil},
}

var A_43 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ομαστε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιομαστε", A: 0, B: 1, F: nil},
}

var A_44 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ακαταπ", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συμπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασυμπ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμεταμφ", A: -1, B: 1, F: nil},
}

var A_45 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "αρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νισ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ζ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παρακαλ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εκτελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "προ", A: -1, B: 1, F: nil},
}

var A_46 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ηθηκεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκε", A: -1, B: 1, F: nil},
}

var A_47 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "σφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ναρθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πιθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκουλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σκωλ", A: -1, B: 1, F: nil},
}

var A_48 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "θ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "προσθ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παρακαταθ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διαθ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συνθ", A: 0, B: 1, F: nil},
}

var A_49 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ηκεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκε", A: -1, B: 1, F: nil},
}

var A_50 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "βλεπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ποδαρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πρωτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κυματ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πανταχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λαχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φαγ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ληγ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φρυδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μαντιλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μαλλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομ", A: -1, B: 1, F: nil},
}

var A_51 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "εκλιπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αναρρ", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ενδιαφερ", A: 1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "καθαρευ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δευτερευ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λεχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τσα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χαδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μεδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λαμπιδ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πλε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μεσαζ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δεσποζ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αιθ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φαρμακ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανηκ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμ", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "βρομ", A: 21, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υποτειν", A: -1, B: 1, F: nil},
}

var A_52 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουσεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουσα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουσε", A: -1, B: 1, F: nil},
}

var A_53 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ρπ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χορτ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ψοφ", A: 5, B: -1, F: nil},
	&snowballRuntime.Among{Str: "λοχ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ναυλοχ", A: 7, B: -1, F: nil},
	&snowballRuntime.Among{Str: "πελ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σμην", A: -1, B: 1, F: nil},
}

var A_54 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "π", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανυπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αρτιπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αειπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συμπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "προσωποπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σιδηροπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δροσοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νεοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κροκαλοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ολοπ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τρ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουρ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασπαρ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χαρ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αχαρ", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απερ", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "τ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ανυστ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αβαστ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "προστ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αιμοστ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "διατ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επιτ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "συντ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υποτ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αποτ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομοτ", A: 19, B: 1, F: nil},
	&snowballRuntime.Among{Str: "νομοτ", A: 29, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ναυ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "πολυφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ξεφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αδηφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παμφ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμαλλι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "λ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμαλ", A: 38, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουλαμ", A: 40, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δερβεν", A: 42, B: 1, F: nil},
}

var A_55 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "αγεσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγε", A: -1, B: 1, F: nil},
}

var A_56 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ησου", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησε", A: -1, B: 1, F: nil},
}

var A_57 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "επταν", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δωδεκαν", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χερσον", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "μεγαλον", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ερημον", A: 0, B: 1, F: nil},
}

var A_58 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "χρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "δυσχρ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ευχρ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αχρ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κοινοχρ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παλιμψ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σβ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασβ", A: 6, B: 1, F: nil},
	&snowballRuntime.Among{Str: "απλ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αειμν", A: -1, B: 1, F: nil},
}

var A_59 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουνε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησουνε", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθουνε", A: 0, B: 1, F: nil},
}

var A_60 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ρ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "στραβομουτσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "κακομουτσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "σπι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εξων", A: 4, B: 1, F: nil},
}

var A_61 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ουμε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησουμε", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθουμε", A: 0, B: 1, F: nil},
}

var A_62 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ασουσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "παρασουσ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αλλοσουσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "φ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "χ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αζ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωριοπλ", A: -1, B: 1, F: nil},
}

var A_63 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "ματοσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ματα", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ματων", A: -1, B: 1, F: nil},
}

var A_64 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "υσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουσ", A: 0, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησεσ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηδεσ", A: 3, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εισ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθεισ", A: 7, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οσ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ου", A: 10, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ω", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησω", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αω", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθω", A: 12, B: 1, F: nil},
	&snowballRuntime.Among{Str: "α", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιουμα", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οσουνα", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοσουνα", A: 18, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομουνα", A: 16, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιομουνα", A: 20, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ε", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιεσαστε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οσαστε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοσαστε", A: 24, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουμαστε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιουμαστε", A: 26, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιεμαστε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουσατε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησατε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγατε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκατε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκατε", A: 32, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ειτε", A: 22, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθειτε", A: 34, B: 1, F: nil},
	&snowballRuntime.Among{Str: "η", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ι", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ασαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εσαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιεσαι", A: 39, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αται", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εται", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιεται", A: 42, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουνται", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιουνται", A: 44, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ονται", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουμαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αμαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιεμαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομαι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ει", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησει", A: 51, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αει", A: 51, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθει", A: 51, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οι", A: 37, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησουν", A: 56, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οσουν", A: 56, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοσουν", A: 58, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθουν", A: 56, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομουν", A: 56, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιομουν", A: 61, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ων", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηδων", A: 63, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αν", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουσαν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οντουσαν", A: 66, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοντουσαν", A: 67, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ησαν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οσασταν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοσασταν", A: 70, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ομασταν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιομασταν", A: 72, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ουνταν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιουνταν", A: 74, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ονταν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιονταν", A: 76, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οταν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ιοταν", A: 78, B: 1, F: nil},
	&snowballRuntime.Among{Str: "αγαν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηκαν", A: 65, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ηθηκαν", A: 81, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ο", A: -1, B: 1, F: nil},
}

var A_65 = []*snowballRuntime.Among{
	&snowballRuntime.Among{Str: "εστερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υτερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωτερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οτερ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "εστατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "υτατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "ωτατ", A: -1, B: 1, F: nil},
	&snowballRuntime.Among{Str: "οτατ", A: -1, B: 1, F: nil},
}

var G_v = []byte{81, 65, 16, 1}

var G_v2 = []byte{81, 65, 0, 1}

type Context struct {
	b_test1 bool
}

func r_tolower(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
replab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for range [2]struct{}{} {
			env.Ket = env.Cursor
			among_var = env.FindAmongB(A_0, context)
			env.Bra = env.Cursor
			switch among_var {
			case 1:
				env.SliceFrom("α")
			case 2:
				env.SliceFrom("β")
			case 3:
				env.SliceFrom("γ")
			case 4:
				env.SliceFrom("δ")
			case 5:
				env.SliceFrom("ε")
			case 6:
				env.SliceFrom("ζ")
			case 7:
				env.SliceFrom("η")
			case 8:
				env.SliceFrom("θ")
			case 9:
				env.SliceFrom("ι")
			case 10:
				env.SliceFrom("κ")
			case 11:
				env.SliceFrom("λ")
			case 12:
				env.SliceFrom("μ")
			case 13:
				env.SliceFrom("ν")
			case 14:
				env.SliceFrom("ξ")
			case 15:
				env.SliceFrom("ο")
			case 16:
				env.SliceFrom("π")
			case 17:
				env.SliceFrom("ρ")
			case 18:
				env.SliceFrom("σ")
			case 19:
				env.SliceFrom("τ")
			case 20:
				env.SliceFrom("υ")
			case 21:
				env.SliceFrom("φ")
			case 22:
				env.SliceFrom("χ")
			case 23:
				env.SliceFrom("ψ")
			case 24:
				env.SliceFrom("ω")
			case 25:
				if env.Cursor <= env.LimitBackward {
					break lab1
				}
				env.PrevChar()
			}
			continue replab0
		}
		env.Cursor = env.Limit - v_1
		break replab0
	}
	return true
}

func r_step_1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	among_var = env.FindAmongB(A_1, context)
	if among_var == 0 {
		return false
	}
	env.Bra = env.Cursor
	switch among_var {
	case 1:
		env.SliceFrom("φα")
	case 2:
		env.SliceFrom("σκα")
	case 3:
		env.SliceFrom("ολο")
	case 4:
		env.SliceFrom("σο")
	case 5:
		env.SliceFrom("τατο")
	case 6:
		env.SliceFrom("κρε")
	case 7:
		env.SliceFrom("περ")
	case 8:
		env.SliceFrom("τερ")
	case 9:
		env.SliceFrom("φω")
	case 10:
		env.SliceFrom("καθεστ")
	case 11:
		env.SliceFrom("γεγον")
	}
	context.b_test1 = false
	return true
}

func r_step_s1(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_3, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	among_var = env.FindAmongB(A_2, context)
	if among_var == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("ι")
	case 2:
		env.SliceFrom("ιζ")
	}
	return true
}

func r_step_s2(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_5, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_4, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ων")
	return true
}

func r_step_s3(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			if !env.EqSB("ισα") {
				break lab1
			}
			env.Bra = env.Cursor
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			env.SliceFrom("ισ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		break lab0
	}
	if env.FindAmongB(A_7, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	among_var = env.FindAmongB(A_6, context)
	if among_var == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("ι")
	case 2:
		env.SliceFrom("ισ")
	}
	return true
}

func r_step_s4(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_9, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_8, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ι")
	return true
}

func r_step_s5(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_11, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	among_var = env.FindAmongB(A_10, context)
	if among_var == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	switch among_var {
	case 1:
		env.SliceFrom("ι")
	case 2:
		env.SliceFrom("ιστ")
	}
	return true
}

func r_step_s6(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_14, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			among_var = env.FindAmongB(A_12, context)
			if among_var == 0 {
				break lab1
			}
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			switch among_var {
			case 1:
				env.SliceFrom("ισμ")
			case 2:
				env.SliceFrom("ι")
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		among_var = env.FindAmongB(A_13, context)
		if among_var == 0 {
			return false
		}
		env.Bra = env.Cursor
		switch among_var {
		case 1:
			env.SliceFrom("αγνωστ")
		case 2:
			env.SliceFrom("ατομ")
		case 3:
			env.SliceFrom("γνωστ")
		case 4:
			env.SliceFrom("εθν")
		case 5:
			env.SliceFrom("εκλεκτ")
		case 6:
			env.SliceFrom("σκεπτ")
		case 7:
			env.SliceFrom("τοπ")
		case 8:
			env.SliceFrom("αλεξανδρ")
		case 9:
			env.SliceFrom("βυζαντ")
		case 10:
			env.SliceFrom("θεατρ")
		}
		break lab0
	}
	return true
}

func r_step_s7(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_16, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_15, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("αρακ")
	return true
}

func r_step_s8(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_18, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			among_var = env.FindAmongB(A_17, context)
			if among_var == 0 {
				break lab1
			}
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			switch among_var {
			case 1:
				env.SliceFrom("ακ")
			case 2:
				env.SliceFrom("ιτσ")
			}
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if !env.EqSB("κορ") {
			return false
		}
		env.SliceFrom("ιτσ")
		break lab0
	}
	return true
}

func r_step_s9(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_21, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if env.FindAmongB(A_19, context) == 0 {
				break lab1
			}
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			env.SliceFrom("ιδ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if env.FindAmongB(A_20, context) == 0 {
			return false
		}
		env.SliceFrom("ιδ")
		break lab0
	}
	return true
}

func r_step_s10(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_23, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_22, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ισκ")
	return true
}

func r_step_2a(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_24, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		if env.FindAmongB(A_25, context) == 0 {
			break lab0
		}
		return false
	}
	env.Cursor = env.Limit - v_1
	{
		var c = env.Cursor
		bra, ket := env.Cursor, env.Cursor
		env.Insert(bra, ket, "αδ")
		env.Cursor = c
	}
	return true
}

func r_step_2b(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_26, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_27, context) == 0 {
		return false
	}
	env.SliceFrom("εδ")
	return true
}

func r_step_2c(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_28, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_29, context) == 0 {
		return false
	}
	env.SliceFrom("ουδ")
	return true
}

func r_step_2d(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_30, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_31, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ε")
	return true
}

func r_step_3(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_32, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if !env.InGroupingB(G_v, 945, 969) {
		return false
	}
	env.SliceFrom("ι")
	return true
}

func r_step_4(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_33, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if !env.InGroupingB(G_v, 945, 969) {
				break lab1
			}
			env.SliceFrom("ικ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		break lab0
	}
	env.Bra = env.Cursor
	if env.FindAmongB(A_34, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ικ")
	return true
}

func r_step_5a(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("αγαμε") {
			break lab0
		}
		env.Bra = env.Cursor
		if env.Cursor > env.LimitBackward {
			break lab0
		}
		env.SliceFrom("αγαμ")
		break lab0
	}
	env.Cursor = env.Limit - v_1
	var v_2 = env.Limit - env.Cursor
lab1:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_35, context) == 0 {
			break lab1
		}
		env.Bra = env.Cursor
		env.SliceDel()
		context.b_test1 = false
		break lab1
	}
	env.Cursor = env.Limit - v_2
	env.Ket = env.Cursor
	if !env.EqSB("αμε") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_36, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("αμ")
	return true
}

func r_step_5b(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_38, context) == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceDel()
		context.b_test1 = false
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if env.FindAmongB(A_37, context) == 0 {
			break lab0
		}
		if env.Cursor > env.LimitBackward {
			break lab0
		}
		env.SliceFrom("αγαν")
		break lab0
	}
	env.Cursor = env.Limit - v_1
	env.Ket = env.Cursor
	if !env.EqSB("ανε") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab1:
	for {
		var v_2 = env.Limit - env.Cursor
	lab2:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if !env.InGroupingB(G_v2, 945, 969) {
				break lab2
			}
			env.SliceFrom("αν")
			break lab1
		}
		env.Cursor = env.Limit - v_2
		env.Ket = env.Cursor
		break lab1
	}
	env.Bra = env.Cursor
	if env.FindAmongB(A_39, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("αν")
	return true
}

func r_step_5c(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("ησετε") {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceDel()
		context.b_test1 = false
		break lab0
	}
	env.Cursor = env.Limit - v_1
	env.Ket = env.Cursor
	if !env.EqSB("ετε") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab1:
	for {
		var v_2 = env.Limit - env.Cursor
	lab2:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if !env.InGroupingB(G_v2, 945, 969) {
				break lab2
			}
			env.SliceFrom("ετ")
			break lab1
		}
		env.Cursor = env.Limit - v_2
	lab3:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if env.FindAmongB(A_40, context) == 0 {
				break lab3
			}
			env.SliceFrom("ετ")
			break lab1
		}
		env.Cursor = env.Limit - v_2
		env.Ket = env.Cursor
		break lab1
	}
	env.Bra = env.Cursor
	if env.FindAmongB(A_41, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ετ")
	return true
}

func r_step_5d(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_42, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if !env.EqSB("αρχ") {
				break lab1
			}
			if env.Cursor > env.LimitBackward {
				break lab1
			}
			env.SliceFrom("οντ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if !env.EqSB("κρε") {
			return false
		}
		env.SliceFrom("ωντ")
		break lab0
	}
	return true
}

func r_step_5e(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_43, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if !env.EqSB("ον") {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ομαστ")
	return true
}

func r_step_5f(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if !env.EqSB("ιεστε") {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceDel()
		context.b_test1 = false
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if env.FindAmongB(A_44, context) == 0 {
			break lab0
		}
		if env.Cursor > env.LimitBackward {
			break lab0
		}
		env.SliceFrom("ιεστ")
		break lab0
	}
	env.Cursor = env.Limit - v_1
	env.Ket = env.Cursor
	if !env.EqSB("εστε") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_45, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ιεστ")
	return true
}

func r_step_5g(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_46, context) == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceDel()
		context.b_test1 = false
		break lab0
	}
	env.Cursor = env.Limit - v_1
	env.Ket = env.Cursor
	if env.FindAmongB(A_49, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab1:
	for {
		var v_2 = env.Limit - env.Cursor
	lab2:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if env.FindAmongB(A_47, context) == 0 {
				break lab2
			}
			env.SliceFrom("ηκ")
			break lab1
		}
		env.Cursor = env.Limit - v_2
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if env.FindAmongB(A_48, context) == 0 {
			return false
		}
		if env.Cursor > env.LimitBackward {
			return false
		}
		env.SliceFrom("ηκ")
		break lab1
	}
	return true
}

func r_step_5h(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_52, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if env.FindAmongB(A_50, context) == 0 {
				break lab1
			}
			env.SliceFrom("ουσ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
		env.Ket = env.Cursor
		env.Bra = env.Cursor
		if env.FindAmongB(A_51, context) == 0 {
			return false
		}
		if env.Cursor > env.LimitBackward {
			return false
		}
		env.SliceFrom("ουσ")
		break lab0
	}
	return true
}

func r_step_5i(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var among_var int32
	env.Ket = env.Cursor
	if env.FindAmongB(A_55, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
lab0:
	for {
		var v_1 = env.Limit - env.Cursor
	lab1:
		for {
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if !env.EqSB("κολλ") {
				break lab1
			}
			env.SliceFrom("αγ")
			break lab0
		}
		env.Cursor = env.Limit - v_1
	lab2:
		for {
			var v_2 = env.Limit - env.Cursor
		lab3:
			for {
				env.Ket = env.Cursor
				env.Bra = env.Cursor
				among_var = env.FindAmongB(A_53, context)
				if among_var == 0 {
					break lab3
				}
				switch among_var {
				case 1:
					env.SliceFrom("αγ")
				}
				break lab2
			}
			env.Cursor = env.Limit - v_2
			env.Ket = env.Cursor
			env.Bra = env.Cursor
			if env.FindAmongB(A_54, context) == 0 {
				return false
			}
			if env.Cursor > env.LimitBackward {
				return false
			}
			env.SliceFrom("αγ")
			break lab2
		}
		break lab0
	}
	return true
}

func r_step_5j(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_56, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_57, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ησ")
	return true
}

func r_step_5k(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if !env.EqSB("ηστε") {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_58, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ηστ")
	return true
}

func r_step_5l(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_59, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_60, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ουν")
	return true
}

func r_step_5m(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_61, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	context.b_test1 = false
	env.Ket = env.Cursor
	env.Bra = env.Cursor
	if env.FindAmongB(A_62, context) == 0 {
		return false
	}
	if env.Cursor > env.LimitBackward {
		return false
	}
	env.SliceFrom("ουμ")
	return true
}

func r_step_6(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	var v_1 = env.Limit - env.Cursor
lab0:
	for {
		env.Ket = env.Cursor
		if env.FindAmongB(A_63, context) == 0 {
			break lab0
		}
		env.Bra = env.Cursor
		env.SliceFrom("μα")
		break lab0
	}
	env.Cursor = env.Limit - v_1
	if !context.b_test1 {
		return false
	}
	env.Ket = env.Cursor
	if env.FindAmongB(A_64, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func r_step_7(env *snowballRuntime.Env, ctx interface{}) bool {
	context := ctx.(*Context)
	_ = context
	env.Ket = env.Cursor
	if env.FindAmongB(A_65, context) == 0 {
		return false
	}
	env.Bra = env.Cursor
	env.SliceDel()
	return true
}

func Stem(env *snowballRuntime.Env) bool {
	var context = &Context{
		b_test1: false,
	}
	_ = context
	env.LimitBackward = env.Cursor
	env.Cursor = env.Limit
	var v_1 = env.Limit - env.Cursor
	r_tolower(env, context)
	env.Cursor = env.Limit - v_1
	if snowballRuntime.RuneCountInString(env.Current()) < 3 {
		return false
	}
	context.b_test1 = true
	var v_2 = env.Limit - env.Cursor
	r_step_1(env, context)
	env.Cursor = env.Limit - v_2
	var v_3 = env.Limit - env.Cursor
	r_step_s1(env, context)
	env.Cursor = env.Limit - v_3
	var v_4 = env.Limit - env.Cursor
	r_step_s2(env, context)
	env.Cursor = env.Limit - v_4
	var v_5 = env.Limit - env.Cursor
	r_step_s3(env, context)
	env.Cursor = env.Limit - v_5
	var v_6 = env.Limit - env.Cursor
	r_step_s4(env, context)
	env.Cursor = env.Limit - v_6
	var v_7 = env.Limit - env.Cursor
	r_step_s5(env, context)
	env.Cursor = env.Limit - v_7
	var v_8 = env.Limit - env.Cursor
	r_step_s6(env, context)
	env.Cursor = env.Limit - v_8
	var v_9 = env.Limit - env.Cursor
	r_step_s7(env, context)
	env.Cursor = env.Limit - v_9
	var v_10 = env.Limit - env.Cursor
	r_step_s8(env, context)
	env.Cursor = env.Limit - v_10
	var v_11 = env.Limit - env.Cursor
	r_step_s9(env, context)
	env.Cursor = env.Limit - v_11
	var v_12 = env.Limit - env.Cursor
	r_step_s10(env, context)
	env.Cursor = env.Limit - v_12
	var v_13 = env.Limit - env.Cursor
	r_step_2a(env, context)
	env.Cursor = env.Limit - v_13
	var v_14 = env.Limit - env.Cursor
	r_step_2b(env, context)
	env.Cursor = env.Limit - v_14
	var v_15 = env.Limit - env.Cursor
	r_step_2c(env, context)
	env.Cursor = env.Limit - v_15
	var v_16 = env.Limit - env.Cursor
	r_step_2d(env, context)
	env.Cursor = env.Limit - v_16
	var v_17 = env.Limit - env.Cursor
	r_step_3(env, context)
	env.Cursor = env.Limit - v_17
	var v_18 = env.Limit - env.Cursor
	r_step_4(env, context)
	env.Cursor = env.Limit - v_18
	var v_19 = env.Limit - env.Cursor
	r_step_5a(env, context)
	env.Cursor = env.Limit - v_19
	var v_20 = env.Limit - env.Cursor
	r_step_5b(env, context)
	env.Cursor = env.Limit - v_20
	var v_21 = env.Limit - env.Cursor
	r_step_5c(env, context)
	env.Cursor = env.Limit - v_21
	var v_22 = env.Limit - env.Cursor
	r_step_5d(env, context)
	env.Cursor = env.Limit - v_22
	var v_23 = env.Limit - env.Cursor
	r_step_5e(env, context)
	env.Cursor = env.Limit - v_23
	var v_24 = env.Limit - env.Cursor
	r_step_5f(env, context)
	env.Cursor = env.Limit - v_24
	var v_25 = env.Limit - env.Cursor
	r_step_5g(env, context)
	env.Cursor = env.Limit - v_25
	var v_26 = env.Limit - env.Cursor
	r_step_5h(env, context)
	env.Cursor = env.Limit - v_26
	var v_27 = env.Limit - env.Cursor
	r_step_5j(env, context)
	env.Cursor = env.Limit - v_27
	var v_28 = env.Limit - env.Cursor
	r_step_5i(env, context)
	env.Cursor = env.Limit - v_28
	var v_29 = env.Limit - env.Cursor
	r_step_5k(env, context)
	env.Cursor = env.Limit - v_29
	var v_30 = env.Limit - env.Cursor
	r_step_5l(env, context)
	env.Cursor = env.Limit - v_30
	var v_31 = env.Limit - env.Cursor
	r_step_5m(env, context)
	env.Cursor = env.Limit - v_31
	var v_32 = env.Limit - env.Cursor
	r_step_6(env, context)
	env.Cursor = env.Limit - v_32
	var v_33 = env.Limit - env.Cursor
	r_step_7(env, context)
	env.Cursor = env.Limit - v_33
	env.Cursor = env.LimitBackward
	return true
}

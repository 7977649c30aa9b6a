// `is_vowel` should say whether a lowercase letter is one of a, e, i, o, u.

fn is_vowel(letter: char) -> bool {
    letter == 'a' || letter == 'e' || letter == 'i'
}

fn main() {
    println!("{}", is_vowel('e'));
}

#[test]
fn finds_vowels() {
    assert!(is_vowel('a'));
    assert!(is_vowel('i'));
    assert!(is_vowel('o'), "o is a vowel");
    assert!(is_vowel('u'), "u is a vowel");
}

#[test]
fn rejects_consonants() {
    assert!(!is_vowel('k'));
    assert!(!is_vowel('z'));
}

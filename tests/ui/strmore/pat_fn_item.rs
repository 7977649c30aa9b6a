fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn main() {
    for w in ["rhythm", "crypt", "audio"] {
        println!("{} {} {:?}", w, w.contains(is_vowel), w.find(is_vowel));
    }
    println!("{}", "banana".replace(is_vowel, "_"));
}

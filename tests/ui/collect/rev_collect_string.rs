fn main() {
    let letters = ['d', 'r', 'a', 'w'];
    let back = letters.iter().rev().collect::<String>();
    println!("{}", back);
    let palindrome = "level";
    let mirrored: String = palindrome.chars().rev().collect();
    println!("{}", mirrored == palindrome);
}

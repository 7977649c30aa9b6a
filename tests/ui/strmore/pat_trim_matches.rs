fn main() {
    println!("[{}]", "xxhixx".trim_matches('x'));
    println!("[{}]", "--a-b--".trim_start_matches('-'));
    println!("[{}]", "--a-b--".trim_end_matches('-'));
    println!("[{}]", "abab-ab".trim_start_matches("ab"));
    println!("[{}]", "123abc456".trim_matches(char::is_numeric));
    println!("[{}]", "  padded\t".trim_end_matches(char::is_whitespace));
    println!("[{}]", "....".trim_matches('.'));
    println!("[{}]", "0042".trim_start_matches(|c| c == '0'));
}

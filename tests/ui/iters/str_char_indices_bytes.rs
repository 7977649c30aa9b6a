// `char_indices` gives byte offsets; `bytes` the UTF-8 bytes.
fn main() {
    for (i, c) in "aé b".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    let total: u32 = "abc".bytes().map(|b| b as u32).sum();
    println!("{}", total);
    println!("{}", "héllo".bytes().count());
}

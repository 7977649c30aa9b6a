// Words and lines of a text.
fn main() {
    let text = "  the quick  brown\nfox jumps\r\n\nover\n";
    println!("{}", text.split_whitespace().count());
    for (i, w) in text.split_whitespace().enumerate() {
        print!("{}={} ", i, w);
    }
    println!();
    for line in text.lines() {
        println!("[{}]", line);
    }
    let longest = text.split_whitespace().max_by_key(|w| w.len());
    println!("{:?}", longest);
}

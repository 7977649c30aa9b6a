fn main() {
    let seps: &[char] = &[',', ';', ' '];
    let items: Vec<&str> = "a,b; c".split(seps).collect();
    println!("{:?}", items);
    println!("{:?}", "hello world".find(&['o', 'w'][..]));
    println!("{:?}", "hello world".rfind(&['o', 'w']));
    println!("{}", "a+b-c".replace(&['+', '-'][..], " "));
    println!("[{}]", "(x)".trim_matches(&['(', ')'][..]));
}

//@ mode: check
type Result<T> = std::result::Result<T, String>;

fn parse(text: &str) -> Result<i32> {
    text.trim().parse::<i32>()
}

fn main() {
    println!("{:?}", parse(" 4 "));
}

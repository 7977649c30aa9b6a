//@ mode: check
fn words<'a>(s: &'a str) -> impl Iterator<Item = &str> {
    s.split(' ')
}

fn letters<'a>(s: &'a str) -> impl Iterator<Item = char> + '_ {
    s.chars()
}

fn plain(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
}

fn main() {
    println!("{} {} {}", words("a b").count(), letters("cd").count(), plain("e").count());
}

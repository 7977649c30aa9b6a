fn longest<A, B>(a: A, b: B) -> usize
where
    A: AsRef<str>,
    B: AsRef<str>,
{
    a.as_ref().len().max(b.as_ref().len())
}

fn main() {
    println!("{}", longest("ab", String::from("abcd")));
}

// `<` on references to an unbounded type parameter.
fn before<T>(a: &T, b: &T) -> bool {
    a < b
}

fn main() {
    println!("{}", before(&1, &2));
}

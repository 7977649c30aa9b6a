// The suggestion puts `'a` before the type parameter.
fn same<T>(x: &'a T) -> &'a T {
    x
}

fn main() {
    println!("{}", same(&1));
}

fn first(xs: &mut [bool]) {
    match xs {
        [true, ..] => println!("true first"),
        [false, _, ..] => println!("false then more"),
    }
}

fn main() {
    first(&mut [true]);
}

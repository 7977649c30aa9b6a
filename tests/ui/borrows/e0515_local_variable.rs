//@ mode: check
fn bigger(a: &i32) -> &i32 {
    let local = *a + 1;
    &local
}

fn main() {
    println!("{}", bigger(&3));
}

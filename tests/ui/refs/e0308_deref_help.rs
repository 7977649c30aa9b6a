//@ mode: check
fn double(r: &i32) -> i32 {
    let n: i32 = r;
    n * 2
}

fn main() {
    println!("{}", double(&4));
}

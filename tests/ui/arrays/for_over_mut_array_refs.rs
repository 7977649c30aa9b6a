//@ mode: run
fn double_all(a: &mut [i32; 3]) {
    for x in a {
        *x *= 2;
    }
}
fn main() {
    let mut arr = [1, 2, 3];
    double_all(&mut arr);
    for x in &mut arr {
        *x += 1;
    }
    let r = &arr;
    let s = r;
    for x in r {
        print!("{x} ");
    }
    println!("{}", s[2]);
    let r2 = &mut arr;
    for x in r2 { *x = 0; }
    println!("{:?}", arr);
}

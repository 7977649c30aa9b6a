//@ mode: run
fn first(a: &[i32; 3]) -> i32 {
    a[0]
}
fn bump(a: &mut [i32; 3]) {
    a[1] += 1;
}
fn main() {
    let mut arr = [1, 2, 3];
    bump(&mut arr);
    let r = &arr;
    println!("{} {} {}", first(&arr), r[1], r.len());
    for x in r {
        print!("{x} ");
    }
    println!();
}

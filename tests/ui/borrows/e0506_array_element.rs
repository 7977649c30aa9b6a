//@ mode: check
fn main() {
    let mut arr = [1, 2, 3];
    let first = &arr[0];
    arr[1] = 9;
    println!("{first} {:?}", arr);
}

// References stored in tuples and arrays keep their loans alive only while used.
fn main() {
    let mut a = 1;
    let mut b = 2;
    let pair = (&a, &b);
    println!("{} {}", pair.0, pair.1);
    a += 10;
    let refs = [&mut b];
    *refs[0] += 5;
    b += 1;
    println!("{a} {b}");
}

// print! does not end the line; println! does.
fn main() {
    print!("Loading");
    let mut dots = 0;
    while dots < 3 {
        print!(".");
        dots += 1;
    }
    println!(" done");
    print!("a");
    print!("b\n");
    print!("");
    println!("c");
}

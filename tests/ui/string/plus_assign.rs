fn main() {
    let mut log = String::from("start");
    let step = String::from(";step");
    log += ";init";
    log += &step;
    println!("{}", log);
}
